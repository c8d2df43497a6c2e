/** See sourceHash.mjs. */
export declare const sourceHash: (root: string, entries: string[], keep?: (relative: string) => boolean) => string

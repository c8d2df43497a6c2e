import type { SelectType } from 'payload'
import { getSelectMode } from 'payload/shared'

/** A read's `select` as Payload takes it: field names to `true`/`false`, groups to nested selects. */
export type Select = Record<string, unknown>

/** The name of a rich-text field's stored HTML twin (src/richText/htmlField.ts). */
export const htmlNameOf = (source: string): string => `${source}Html`

/**
 * The `select` a read runs with so that each `<source>Html` it asks for can be made from its source where it was
 * not stored (documents written before the HTML was: see htmlField.ts), and no source is read otherwise. Only an
 * including select is widened; one that excludes fields already reads every field it does not name. Returns the
 * same object when nothing is to add (callers' selects are shared constants: never changed in place).
 */
export const selectWithHtmlSources = <T extends Select | undefined>(select: T, sources: readonly string[]): T => {
  if (!select || getSelectMode(select as SelectType) === 'exclude') return select
  const missing = sources.filter((source) => select[htmlNameOf(source)] === true && select[source] !== true)
  if (missing.length === 0) return select
  return { ...select, ...Object.fromEntries(missing.map((source) => [source, true])) }
}

import { convertHTMLToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Window } from 'happy-dom'
import type { SanitizedConfig } from 'payload'

import { sanitize } from './toSafeHtml'

/** An image the HTML names (`<img src>`), as the editor's upload node points at it once it is stored. */
export type ResolvedImage = { relationTo: string; value: number | string }

type LexicalNode = { children?: LexicalNode[]; pending?: { src?: string }; type?: string; [key: string]: unknown }

/**
 * The DOM @payloadcms/richtext-lexical's converter reads HTML with (it asks for a JSDOM-like class): happy-dom,
 * a maintained DOM already under Lexical's own headless editor and much lighter than jsdom. It parses only: no
 * script in the HTML runs (happy-dom does not execute scripts written into a document this way), and the
 * converter keeps only what the editor has nodes for (text, headings, lists, links, quotes, images).
 */
const htmlDocumentClass = async () => {
  // Loaded by the first conversion, not at start: only imports convert HTML, and happy-dom took 0.5–1 s of every
  // server's cold start.
  const { Window: DomWindow } = await import('happy-dom')
  return class HtmlDocument {
    readonly window: Window
    constructor(html: string) {
      this.window = new DomWindow({
        settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true },
      })
      this.window.document.write(html)
    }
  }
}

/**
 * HTML (an old portal's article body) as the rich-text editor stores it. Each image is handed to `image`, which
 * stores the file and answers the upload it became (or throws to refuse the whole body; or answers null, in a
 * dry run, to leave the image out).
 */
export const htmlToLexical = async (
  config: SanitizedConfig,
  html: string,
  image: (src: string) => Promise<ResolvedImage | null>,
): Promise<Record<string, unknown>> => {
  const editorConfig = await editorConfigFactory.default({ config })
  // What frontends would be given anyway (no scripts, styles, frames, event handlers, javascript: links), first.
  const safe = sanitize(html)
  const state = convertHTMLToLexical({ editorConfig, html: safe, JSDOM: (await htmlDocumentClass()) as never }) as {
    root: LexicalNode
  }
  const resolve = async (node: LexicalNode): Promise<void> => {
    if (node.type === 'upload' && node.pending) {
      const resolved = await image(String(node.pending.src ?? ''))
      delete node.pending
      Object.assign(node, resolved ? { fields: null, ...resolved } : { dropped: true })
    }
    // Children first, so that an image a dry run leaves out is gone before its parent's children are kept.
    for (const child of node.children ?? []) await resolve(child)
    // A link the sanitiser took the address from (javascript:, data:) keeps its text, not an empty link.
    node.children = node.children?.flatMap((child) =>
      child.type === 'link' && !(child.fields as { url?: string } | undefined)?.url
        ? (child.children ?? [])
        : child.dropped
          ? []
          : [child],
    )
  }
  await resolve(state.root)
  return state as unknown as Record<string, unknown>
}

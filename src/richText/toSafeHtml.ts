import { convertLexicalToHTML, defaultHTMLConverters, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from 'lexical'
import sanitizeHtml from 'sanitize-html'

/**
 * What survives in HTML given to frontends: structure, text formatting, links, images and tables. No scripts,
 * styles, frames, forms or event handlers; links only to http(s), mailto and tel.
 */
const POLICY: sanitizeHtml.IOptions = {
  allowedAttributes: {
    a: ['href', 'rel', 'target', 'title'],
    img: ['src', 'alt', 'width', 'height', 'srcset', 'sizes', 'loading'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'figure', 'figcaption', 'sub', 'sup', 's', 'u'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
}

/**
 * Internal links point at the linked item's id, `/news/123` (its slug when the link's item is populated, which it
 * is not when the HTML is made on write): an id never changes, a slug can, and the HTML is stored.
 */
const internalDocToHref = ({
  linkNode,
}: {
  linkNode: { fields: { doc?: { relationTo?: string; value?: unknown } | null } }
}) => {
  const doc = linkNode.fields.doc
  const value = doc?.value as { id?: unknown; slug?: string } | number | string | undefined
  const key = typeof value === 'object' && value ? (value.slug ?? value.id) : value
  return doc?.relationTo && key !== undefined ? `/${doc.relationTo}/${String(key)}` : '#'
}

const converters = { ...defaultHTMLConverters, ...LinkHTMLConverter({ internalDocToHref }) }

export const sanitize = (html: string): string => sanitizeHtml(html, POLICY)

/** Lexical JSON → HTML a frontend can insert as it is. Empty for empty content. */
export const toSafeHtml = (state: unknown): string => {
  if (!state || typeof state !== 'object' || !('root' in state)) return ''
  return sanitize(convertLexicalToHTML({ converters, data: state as SerializedEditorState, disableContainer: true }))
}

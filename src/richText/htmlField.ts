import type { Field } from 'payload'

import { toSafeHtml } from './toSafeHtml'

/**
 * `<source>Html`: the rich-text field `source` as sanitised HTML, computed on read (never stored) so it always
 * matches the Lexical JSON. Read-only, hidden in the admin panel.
 */
export const htmlField = (source: string): Field => ({
  name: `${source}Html`,
  type: 'textarea',
  access: { create: () => false, update: () => false },
  admin: { hidden: true },
  hooks: {
    afterRead: [({ siblingData }) => toSafeHtml(siblingData?.[source])],
  },
  virtual: true,
})

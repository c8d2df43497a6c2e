import type { CollectionBeforeOperationHook, Field } from 'payload'

import { htmlNameOf, selectWithHtmlSources } from './rules/htmlSources'
import { toSafeHtml } from './toSafeHtml'

/**
 * `<source>Html`: the rich-text field `source` as sanitised HTML for frontends, made when the document is written
 * and stored beside it (issue 15: Lexical → HTML → sanitizer took 0.2–0.4 ms per news body on every read, ten
 * times over for a list). Read-only for clients, hidden in the admin panel.
 *
 * A `code` field rather than a `textarea`: both are text in every database and a String in GraphQL, but Payload's
 * locale fallback takes a textarea's fallback value when it is empty, and a rich-text field's only when it is
 * missing. Stored as missing exactly when the source is, the HTML falls back to the other locale exactly when the
 * body does, so the two always agree.
 *
 * Documents written before the HTML was stored have none where no migration filled it (a MongoDB database's; the
 * SQL databases' rows and versions are filled by the `stored_html` migration): it is made on read from the
 * source, as it always was: a read that selects the HTML reads its source too (`readSourcesWithTheirHtml`).
 */
export const htmlField = (source: string): Field => ({
  name: htmlNameOf(source),
  type: 'code',
  access: { create: () => false, update: () => false },
  admin: { hidden: true },
  hooks: {
    beforeChange: [({ siblingData }) => htmlOf(siblingData?.[source])],
    afterRead: [({ siblingData, value }) => (typeof value === 'string' ? value : toSafeHtml(siblingData?.[source]))],
  },
  // In the source's locales: every rich-text field here is localized.
  localized: true,
})

/** What is stored for a source value: nothing for nothing (so that locale fallback treats both alike). */
const htmlOf = (state: unknown): string | null => (state === null || state === undefined ? null : toSafeHtml(state))

/**
 * A collection's `beforeOperation` hook: a read whose `select` names a `…Html` twin reads its source as well, for
 * the documents that have no stored HTML (above), and a read that does not name it leaves the source unread. This
 * was `forceSelect` of the sources, which read every news item's editor JSON (several kB each, parsed and walked
 * by Lexical's read hooks) for each archive and home-page list that shows only titles.
 */
export const readSourcesWithTheirHtml =
  (sources: readonly string[]): CollectionBeforeOperationHook =>
  ({ args }) => {
    const select = (args as { select?: Record<string, unknown> }).select
    const widened = selectWithHtmlSources(select, sources)
    return widened === select ? args : { ...args, select: widened }
  }

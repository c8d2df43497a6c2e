/**
 * What the portal search looks in, per collection: words of `title` fields rank first, `text` fields second.
 * Both are kept folded (no diacritics, đ→d, lower case) in hidden fields `titleKey` and `textKey`, per locale.
 */
export type SearchSpec = {
  /** The date hits are ordered by, newest first. */
  date: string
  /** What a hit shows: its heading, and a second line. */
  heading: string
  subheading?: string
  text: readonly string[]
  title: readonly string[]
}

export const SEARCHABLE = {
  contacts: { date: 'updatedAt', heading: 'name', subheading: 'position', text: ['position', 'department', 'office'], title: ['name'] },
  'legal-documents': {
    date: 'issuedAt',
    heading: 'summary',
    subheading: 'numberAndSymbol',
    text: ['issuingBody', 'field', 'signer'],
    title: ['numberAndSymbol', 'summary'],
  },
  news: { date: 'publishedAt', heading: 'title', subheading: 'summary', text: ['summary', 'author'], title: ['title'] },
  procedures: { date: 'updatedAt', heading: 'name', subheading: 'code', text: ['field', 'implementingAgency'], title: ['name', 'code'] },
} as const satisfies Record<string, SearchSpec>

export type SearchableCollection = keyof typeof SEARCHABLE
export const SEARCHABLE_COLLECTIONS = Object.keys(SEARCHABLE) as SearchableCollection[]

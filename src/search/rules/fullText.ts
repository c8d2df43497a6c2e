/**
 * How the folded words of a search meet a trigram index (SQLite FTS5 with the `trigram` tokenizer, PostgreSQL
 * pg_trgm). Both answer "contains this substring" from the index only for substrings of three characters or
 * more: FTS5 matches no row for a shorter phrase, and pg_trgm falls back to reading every row. Vietnamese has
 * many two-letter syllables (`ky`, `xa`, `ho`), which PostgreSQL checks on the rows the longer words found.
 * SQLite asks its index for them too (`fts5Query`); only one-letter words are checked on the rows there.
 */
export const INDEXED_LENGTH = { postgres: 3, sqlite: 2 } as const

/**
 * Whether a search reads the full-text index first, or the rows of its scope first (by the unit index) and checks
 * the words on each. Measured on the full SQLite dataset (219,150 documents, bench/README.md), the bench's twenty
 * searches, p50: a commune portal (3 units) 4.3 ms scope first against 35 ms index first (the index gives every
 * match in the province, 10,000 for "dang ky ket hon", each then checked for its unit); a district with its
 * communes (~20 units) 42 against 40 ms; the province with all 202 units 326 against 55 ms. PostgreSQL's planner
 * misjudges trigram selectivity the same way (it estimated 157 rows for "tich", 8,254 came): on 20 units at full
 * scale a commune's "ho tich" took 18.5 ms index first, 2.7 ms by its units' rows.
 */
export const INDEX_LEADS_ABOVE_UNITS = 20

export const indexLeads = (unitsInScope: number, indexedWords: number): boolean =>
  indexedWords > 0 && unitsInScope > INDEX_LEADS_ABOVE_UNITS

export type WordPlan = {
  /** Words the index answers. */
  indexed: string[]
  /** Words checked on each row the index (or the scope) gave. */
  short: string[]
}

/** The words an index answers (`shortest` characters or more, INDEXED_LENGTH) and those checked on each row. */
export const planWords = (words: readonly string[], shortest: number): WordPlan => ({
  indexed: words.filter((word) => word.length >= shortest),
  short: words.filter((word) => word.length < shortest),
})

/** Words are folded search keys: lower-case ASCII letters and digits only (src/base/text/vietnamese.ts). */
const FOLDED_WORD = /^[a-z0-9]+$/

/** What a folded key is made of (src/base/text/vietnamese.ts `searchKey`): its letters, digits and spaces. */
const KEY_CHARACTERS = [...'abcdefghijklmnopqrstuvwxyz0123456789 ']

/**
 * A word as FTS5 phrases. Three characters or more: the word. Two: every trigram it can end, one of which holds
 * it wherever it occurs, since the index holds each key between two spaces (src/internals/sqliteFullText.ts) and
 * a key has no other characters. "ky" is `("aky" OR … OR " ky")`: on the full dataset 26 ms for "dang ky ket
 * hon", where checking "ky" in the text of each of the 9,829 rows the other words found took 71 ms.
 */
const phrasesOf = (word: string): string => {
  if (word.length >= 3) return `"${word}"`
  if (word.length < 2) throw new Error(`fts5Query: "${word}" is too short for the index`)
  return `(${KEY_CHARACTERS.map((before) => `"${before}${word}"`).join(' OR ')})`
}

/**
 * An FTS5 query requiring every word as a substring: anywhere in the row, or in one column when named. Each word
 * is quoted, so nothing in it is read as FTS5 syntax; words that are not folded keys are refused rather than
 * escaped, since the search never makes them.
 */
export const fts5Query = (words: readonly string[], column?: string): string => {
  if (words.length === 0) throw new Error('fts5Query: no words')
  for (const word of words) if (!FOLDED_WORD.test(word)) throw new Error(`fts5Query: "${word}" is not a folded word`)
  const scope = column ? `${column} : ` : ''
  return words.map((word) => `${scope}${phrasesOf(word)}`).join(' AND ')
}

/** The `LIKE` pattern for "contains this folded word" (no wildcard can be in a folded word). */
export const containsPattern = (word: string): string => {
  if (!FOLDED_WORD.test(word)) throw new Error(`containsPattern: "${word}" is not a folded word`)
  return `%${word}%`
}

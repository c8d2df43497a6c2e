import { containsPattern, fts5Query, INDEX_LEADS_ABOVE_UNITS, INDEXED_LENGTH, indexLeads, planWords } from './fullText'

describe('planWords', () => {
  it('sends PostgreSQL’s trigram index words of three characters or more and checks the shorter ones on the rows', () => {
    expect(planWords(['dang', 'ky', 'ket', 'hon', 'a', '15'], INDEXED_LENGTH.postgres)).toEqual({
      indexed: ['dang', 'ket', 'hon'],
      short: ['ky', 'a', '15'],
    })
  })

  it('sends SQLite’s index two-letter words too: only one-letter words are checked on the rows', () => {
    expect(planWords(['bao', 'hiem', 'y', 'te'], INDEXED_LENGTH.sqlite)).toEqual({
      indexed: ['bao', 'hiem', 'te'],
      short: ['y'],
    })
  })

  it('leaves a query of words too short for the index entirely to the rows', () => {
    expect(planWords(['xa', 'an'], INDEXED_LENGTH.postgres)).toEqual({ indexed: [], short: ['xa', 'an'] })
  })
})

describe('fts5Query', () => {
  it('requires every word as a quoted phrase, anywhere in the row', () => {
    expect(fts5Query(['ket', 'hon'])).toBe('"ket" AND "hon"')
  })

  it('asks for a two-letter word as every trigram it can end (the index pads each key with spaces)', () => {
    const query = fts5Query(['ky'])
    const phrases = query.slice(1, -1).split(' OR ')
    expect(phrases).toHaveLength(37)
    expect(phrases).toEqual(expect.arrayContaining(['"aky"', '"zky"', '"0ky"', '"9ky"', '" ky"']))
    expect(fts5Query(['dang', 'ky'])).toBe(`"dang" AND ${query}`)
  })

  it('refuses a one-letter word, which no trigram index answers', () => {
    expect(() => fts5Query(['y'])).toThrow(/too short/)
  })

  it('restricts every word to the named column', () => {
    expect(fts5Query(['ket', 'hon'], 'title_key')).toBe('title_key : "ket" AND title_key : "hon"')
  })

  it.each([['ke"t'], ['ket OR'], ['Kết'], ['']])('refuses %j, which the search never makes', (word) => {
    expect(() => fts5Query([word])).toThrow(/not a folded word/)
  })

  it('refuses an empty query', () => {
    expect(() => fts5Query([])).toThrow(/no words/)
  })
})

describe('containsPattern', () => {
  it('wraps a folded word for LIKE and refuses anything with a wildcard', () => {
    expect(containsPattern('2025')).toBe('%2025%')
    expect(() => containsPattern('10%')).toThrow(/not a folded word/)
    expect(() => containsPattern('a_b')).toThrow(/not a folded word/)
  })
})

describe('indexLeads', () => {
  it('reads a portal’s few units first and the index first for a search over many', () => {
    expect(indexLeads(3, 2)).toBe(false)
    expect(indexLeads(INDEX_LEADS_ABOVE_UNITS, 2)).toBe(false)
    expect(indexLeads(INDEX_LEADS_ABOVE_UNITS + 1, 2)).toBe(true)
    expect(indexLeads(202, 1)).toBe(true)
  })

  it('never leads with the index when no word is long enough for it', () => {
    expect(indexLeads(202, 0)).toBe(false)
  })
})

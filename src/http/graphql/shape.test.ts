import { documentProblems, nestingOf } from './shape'

describe('the nesting of a GraphQL document', () => {
  it('counts brackets outside strings and comments', () => {
    expect(nestingOf('{ News { docs { title } } }')).toBe(3)
    expect(nestingOf('query ($a: [String!]) { search(q: "{{{{", collections: [news]) { docs { id } } }')).toBe(3)
    expect(nestingOf('{ a # {{{{{\n }')).toBe(1)
    expect(nestingOf('{ a(q: """ {{{ " }}} """) }')).toBe(2)
    expect(nestingOf('{ a(q: "\\" {{{") }')).toBe(2)
  })

  it('measures a bracket bomb in linear time', () => {
    const bomb = '{'.repeat(50_000) + '}'.repeat(50_000)
    expect(nestingOf(bomb)).toBe(50_000)
  })
})

describe('what is refused before anything walks a document', () => {
  it('fragments in a circle, spreading themselves, unknown or twice defined', () => {
    expect(documentProblems('fragment A on X { ...B } fragment B on X { ...A } { a { ...A } }')).toEqual([
      expect.stringMatching(/Cannot spread fragment "A" within itself via "B"/),
    ])
    expect(documentProblems('fragment A on X { id ...A } { a { ...A } }')).toEqual([
      expect.stringMatching(/within itself/),
    ])
    expect(documentProblems('{ a { ...Missing } }')).toEqual([expect.stringMatching(/Unknown fragment "Missing"/)])
    expect(documentProblems('fragment A on X { id } fragment A on X { id } { a { ...A } }')).toEqual([
      expect.stringMatching(/only one fragment named "A"/),
    ])
  })

  it('a fan of fragments that is small as text but exponential when spread out', () => {
    const fan = Array.from(
      { length: 24 },
      (_, i) => `fragment F${i} on X { id ${i < 23 ? `...F${i + 1} ...F${i + 1}` : ''} }`,
    ).join(' ')
    expect(documentProblems(`${fan} { a { ...F0 } }`)).toEqual([
      {
        en: expect.stringMatching(/^Size limit: .* at most 5000 are allowed/),
        vi: expect.stringMatching(/^Giới hạn kích thước/),
      },
    ])
  })

  it('passes sound documents and leaves syntax errors to the GraphQL server', () => {
    expect(documentProblems('fragment A on X { id } { a { ...A } }')).toEqual([])
    expect(documentProblems('{ a {')).toEqual([])
    expect(documentProblems('{'.repeat(100) + '}'.repeat(100))).toEqual([
      { en: expect.stringMatching(/^Depth limit/), vi: expect.any(String) },
    ])
  })
})

import { edgeTagOf, edgeTagValue, publicCacheControl } from './edge'

describe('what an edge cache is told', () => {
  it('tags are short, plain and stable, one per tag, separated as the header expects', () => {
    expect(edgeTagOf('news@12>commune')).toMatch(/^[0-9a-f]{12}$/)
    expect(edgeTagOf('news@12>commune')).toBe(edgeTagOf('news@12>commune'))
    expect(edgeTagOf('news@12')).not.toBe(edgeTagOf('news@13'))
    const tags = ['units', 'news@12', 'doc:news:5', 'units']
    expect(edgeTagValue('xkey', tags).split(' ')).toHaveLength(3)
    expect(edgeTagValue('Surrogate-Key', tags)).toBe(edgeTagValue('xkey', tags))
    expect(edgeTagValue('Cache-Tag', tags)).toBe(edgeTagValue('xkey', tags).replaceAll(' ', ','))
  })

  it('an edge keeps only current answers, and only when asked to', () => {
    expect(publicCacheControl({ current: true, maxAgeSeconds: 0, maxStaleMs: 3000 })).toBe(
      'public, max-age=0, must-revalidate',
    )
    expect(publicCacheControl({ current: true, maxAgeSeconds: 600, maxStaleMs: 3000 })).toBe(
      'public, max-age=0, s-maxage=600, stale-while-revalidate=3',
    )
    expect(publicCacheControl({ current: true, maxAgeSeconds: 600, maxStaleMs: 0 })).toBe(
      'public, max-age=0, s-maxage=600',
    )
    expect(publicCacheControl({ current: false, maxAgeSeconds: 600, maxStaleMs: 3000 })).toBe(
      'public, max-age=0, must-revalidate',
    )
  })
})

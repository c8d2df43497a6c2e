import { type PortalUnitShape, shows, sourcesOf } from '../../../tenants/rules/inheritance'
import { changedOfferings, sortedCounts, sumTallies, tallyKey, tallyOf } from './tally'

describe('counts of items by a field, kept per offering', () => {
  it('key an offering by collection, unit and marked level', () => {
    expect(tallyKey('procedures', { unit: 7 })).toBe('procedures:7')
    expect(tallyKey('procedures', { marked: 'commune', unit: 'a1' })).toBe('procedures:a1>commune')
  })

  it('recount what an item offered before and after a change, each offering once', () => {
    expect(
      changedOfferings({ showOnSubunits: ['commune'], unit: 1 }, { showOnSubunits: ['commune', 'district'], unit: 2 }),
    ).toEqual([
      { unit: 1 },
      { marked: 'commune', unit: 1 },
      { unit: 2 },
      { marked: 'commune', unit: 2 },
      { marked: 'district', unit: 2 },
    ])
    expect(changedOfferings({ unit: { id: 3 } }, { unit: 3 })).toEqual([{ unit: 3 }])
    expect(changedOfferings({ unit: null })).toEqual([])
  })

  it('count localized values per locale, falling back to the default locale like Payload', () => {
    const values = [
      { vi: 'Hộ tịch', en: 'Civil status' },
      { vi: 'Hộ tịch' },
      { vi: 'Đất đai', en: '' },
      'Xây dựng',
      null,
    ]
    expect(tallyOf(values, ['vi', 'en'], 'vi')).toEqual({
      en: { 'Civil status': 1, 'Hộ tịch': 1, 'Xây dựng': 1, 'Đất đai': 1 },
      vi: { 'Hộ tịch': 2, 'Xây dựng': 1, 'Đất đai': 1 },
    })
  })

  it('sum the tallies of a portal in one locale, most first, then in Vietnamese order', () => {
    const own = { vi: { 'Đất đai': 1, 'Hộ tịch': 2 } }
    const inherited = { en: { Land: 9 }, vi: { 'Chứng thực': 3, 'Hộ tịch': 1 } }
    expect(sumTallies([own, inherited], 'vi')).toEqual([
      { count: 3, field: 'Chứng thực' },
      { count: 3, field: 'Hộ tịch' },
      { count: 1, field: 'Đất đai' },
    ])
    expect(sumTallies([own], 'en')).toEqual([])
    // Vietnamese order: "Đ" after "D", not after "Z".
    expect(
      sortedCounts(
        new Map([
          ['Xây dựng', 1],
          ['Đất đai', 1],
          ['Dân tộc', 1],
        ]),
      ).map((c) => c.field),
    ).toEqual(['Dân tộc', 'Đất đai', 'Xây dựng'])
  })

  it('count every item a portal shows exactly once: the sources of a portal are offered by an item at most once', () => {
    const portal: PortalUnitShape = { ancestors: [1, 2], id: 3, level: 'commune' }
    const items = [
      { showOnSubunits: ['commune'], unit: 1 },
      { showOnSubunits: ['commune', 'district'], unit: 2 },
      { showOnSubunits: [], unit: 1 },
      { showOnSubunits: ['district'], unit: 1 },
      { unit: 3 },
      { showOnSubunits: ['commune'], unit: 3 },
      { showOnSubunits: ['commune'], unit: 4 },
    ]
    const sources = new Set(sourcesOf(portal, 'marked').map((source) => tallyKey('x', source)))
    for (const item of items) {
      const matches = changedOfferings(item).filter((source) => sources.has(tallyKey('x', source))).length
      expect(matches).toBe(shows(portal, 'marked', item) ? 1 : 0)
    }
  })
})

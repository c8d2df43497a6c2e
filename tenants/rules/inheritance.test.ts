import { matchesWhere } from '../../test/helpers/matchesWhere'
import { EVERY_ITEM, UNIT_TREE } from '../../test/helpers/unitTree'
import { offeringsOf, portalsShowingWhere, shows, sourcesOf, sourcesScope, sourcesWhere } from './inheritance'

const INHERITANCE = ['none', 'marked', 'all'] as const
const [province, department, district, commune, , communeUnderProvince] = UNIT_TREE as [
  (typeof UNIT_TREE)[number],
  ...(typeof UNIT_TREE)[number][],
]

describe('the inheritance rule', () => {
  it('shows a portal its own items whatever they are marked for', () => {
    for (const inherit of INHERITANCE)
      expect(shows(commune!, inherit, { showOnSubunits: [], unit: commune!.id })).toBe(true)
  })

  it("shows an ancestor's item only where the collection inherits it and, for marked content, only to the marked levels", () => {
    const forCommunes = { showOnSubunits: ['commune'], unit: province!.id }
    expect(shows(commune!, 'marked', forCommunes)).toBe(true)
    expect(shows(communeUnderProvince!, 'marked', forCommunes)).toBe(true)
    expect(shows(district!, 'marked', forCommunes)).toBe(false)
    expect(shows(department!, 'marked', forCommunes)).toBe(false)
    expect(shows(commune!, 'none', forCommunes)).toBe(false)
    expect(shows(department!, 'all', { showOnSubunits: [], unit: province!.id })).toBe(true)
  })

  it('never shows a sibling’s or a descendant’s item', () => {
    for (const inherit of INHERITANCE) {
      expect(shows(commune!, inherit, { showOnSubunits: ['commune'], unit: communeUnderProvince!.id })).toBe(false)
      expect(shows(district!, inherit, { showOnSubunits: ['district'], unit: commune!.id })).toBe(false)
    }
  })

  it('offers nothing for an item without a unit', () => {
    expect(offeringsOf({ showOnSubunits: ['commune'] })).toEqual([])
  })
})

describe('derived from the rule', () => {
  it('the where-clause of a portal selects exactly the items the rule shows it (every unit, item and inheritance)', () => {
    let checked = 0
    for (const inherit of INHERITANCE) {
      for (const portal of UNIT_TREE) {
        const where = sourcesWhere(sourcesOf(portal, inherit))
        for (const item of EVERY_ITEM) {
          expect({ inherit, item, portal: portal.id, selected: matchesWhere(item, where) }).toEqual({
            inherit,
            item,
            portal: portal.id,
            selected: shows(portal, inherit, item),
          })
          checked++
        }
      }
    }
    expect(checked).toBe(3 * UNIT_TREE.length * EVERY_ITEM.length)
  })

  it('the scope the search states in SQL selects exactly the items the rule shows (every unit, item and inheritance)', () => {
    const inScope = (scope: ReturnType<typeof sourcesScope>, item: (typeof EVERY_ITEM)[number]) => {
      const has = (ids: readonly unknown[], id: unknown) => ids.some((each) => String(each) === String(id))
      return (
        has(scope.units, item.unit) &&
        (has(scope.whole, item.unit) || (item.showOnSubunits ?? []).some((level) => scope.levels.includes(level)))
      )
    }
    for (const inherit of INHERITANCE)
      for (const portal of UNIT_TREE)
        for (const item of EVERY_ITEM)
          expect({
            inherit,
            item,
            portal: portal.id,
            selected: inScope(sourcesScope(sourcesOf(portal, inherit)), item),
          }).toEqual({ inherit, item, portal: portal.id, selected: shows(portal, inherit, item) })
  })

  it('the portals a webhook tells are the active units whose portals show the item, and the item’s own unit', () => {
    for (const inherit of INHERITANCE) {
      for (const item of EVERY_ITEM) {
        const where = portalsShowingWhere(inherit, item)!
        for (const unit of UNIT_TREE) {
          const expected = unit.id === item.unit || (unit.status === 'active' && shows(unit, inherit, item))
          expect({ inherit, item, told: matchesWhere(unit, where), unit: unit.id }).toEqual({
            inherit,
            item,
            told: expected,
            unit: unit.id,
          })
        }
      }
    }
  })

  it('keeps the planner-friendly shape: the units of the sources as a condition of their own', () => {
    expect(sourcesWhere(sourcesOf(commune!, 'marked'))).toEqual({
      and: [{ unit: { in: [4, 1, 3] } }, { or: [{ unit: { equals: 4 } }, { showOnSubunits: { in: ['commune'] } }] }],
    })
    expect(sourcesWhere(sourcesOf(commune!, 'none'))).toEqual({ unit: { equals: 4 } })
    expect(sourcesWhere(sourcesOf(commune!, 'all'))).toEqual({ unit: { in: [4, 1, 3] } })
  })
})

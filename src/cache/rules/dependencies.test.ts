import { EVERY_ITEM, UNIT_TREE } from '../../../test/helpers/unitTree'
import { shows } from '../../../tenants/rules/inheritance'
import { changeTags, readTags } from './dependencies'
import { anyTag, belowTag, docTag, UNITS_TAG } from './tags'

const INHERITANCE = ['none', 'marked', 'all'] as const
const ancestorsOf = (unit: unknown) => UNIT_TREE.find((each) => String(each.id) === String(unit))?.ancestors ?? []

describe('cache dependencies', () => {
  it('a change invalidates a portal’s cached list exactly when the inheritance rule shows the item there', () => {
    for (const inherit of INHERITANCE) {
      for (const portal of UNIT_TREE) {
        const read = new Set(readTags('news', portal, inherit))
        for (const [index, item] of EVERY_ITEM.entries()) {
          const stamped = changeTags('news', { ...item, id: index }, undefined, ancestorsOf)
          const invalidated = stamped.some((tag) => read.has(tag))
          expect({ inherit, item, portal: portal.id, invalidated }).toEqual({
            inherit,
            item,
            portal: portal.id,
            invalidated: shows(portal, inherit, item),
          })
        }
      }
    }
  })

  it('a change invalidates where the item was before it moved or was unmarked, as well as where it is now', () => {
    const portal = UNIT_TREE[3]! // a commune
    const read = new Set(readTags('news', portal, 'marked'))
    const before = { showOnSubunits: ['commune'], unit: 1 }
    const after = { id: 7, showOnSubunits: [], unit: 1 }
    expect(changeTags('news', after, undefined, ancestorsOf).some((tag) => read.has(tag))).toBe(false)
    expect(changeTags('news', after, before, ancestorsOf).some((tag) => read.has(tag))).toBe(true)
  })

  it('stamps the item itself, the whole collection and the aggregates of every unit above', () => {
    const tags = changeTags('news', { id: 9, unit: 4 }, undefined, ancestorsOf)
    expect(tags).toEqual(
      expect.arrayContaining([docTag('news', 9), anyTag('news'), belowTag('news', 1), belowTag('news', 3)]),
    )
    expect(tags).not.toContain(UNITS_TAG)
  })

  it('a read without a portal depends on the whole collection; every read on the units; a unit change on everything', () => {
    expect(readTags('news', undefined, 'marked')).toEqual([UNITS_TAG, anyTag('news')])
    expect(readTags('units', UNIT_TREE[0], 'none')).toEqual([UNITS_TAG])
    expect(changeTags('units', { id: 4 }, undefined, ancestorsOf)).toContain(UNITS_TAG)
  })
})

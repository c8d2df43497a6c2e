import { NOTHING } from '../access/nothing'
import { matchesWhere } from '../../test/helpers/matchesWhere'
import { UNIT_TREE } from '../../test/helpers/unitTree'
import { publicReadWhere, publicSources } from './publicRead'

const commune = UNIT_TREE[3]!

describe('what anonymous readers may read', () => {
  it('nothing for a portal that does not exist or is not active', () => {
    expect(publicReadWhere(null, { drafts: true, inherit: 'marked' }, [])).toEqual(NOTHING)
    expect(publicReadWhere({ ...commune, status: 'merged' }, { drafts: true, inherit: 'marked' }, [])).toEqual(NOTHING)
  })

  it('published items only, where the collection has drafts', () => {
    const where = publicReadWhere(commune, { drafts: true, inherit: 'none' }, [])
    expect(matchesWhere({ _status: 'published', unit: 4 }, where)).toBe(true)
    expect(matchesWhere({ _status: 'draft', unit: 4 }, where)).toBe(false)
    expect(matchesWhere({ unit: 4 }, publicReadWhere(commune, { drafts: false, inherit: 'none' }, []))).toBe(true)
  })

  it('without a portal, the items of active units only', () => {
    const where = publicReadWhere(undefined, { drafts: false, inherit: 'marked' }, [1, 4])
    expect(matchesWhere({ unit: 4 }, where)).toBe(true)
    expect(matchesWhere({ unit: 5 }, where)).toBe(false)
  })

  it("whose items those are: the portal's sources, every active unit without a portal, none for an unknown one", () => {
    expect(publicSources(commune, 'none', [9])).toEqual([{ unit: commune.id }])
    expect(publicSources(commune, 'marked', [9])).toEqual([
      { unit: commune.id },
      ...commune.ancestors.map((unit) => ({ marked: 'commune', unit })),
    ])
    expect(publicSources(undefined, 'marked', [1, 4])).toEqual([{ unit: 1 }, { unit: 4 }])
    expect(publicSources(null, 'marked', [1])).toEqual([])
    expect(publicSources({ ...commune, status: 'dissolved' }, 'all', [1])).toEqual([])
  })
})

import { type DirectoryUnit, unitDirectory } from './unitDirectory'

const unit = (id: number, rest: Partial<DirectoryUnit>): DirectoryUnit => ({
  ancestors: [],
  code: String(28000 + id),
  domains: [],
  formerDomains: [],
  formerSlugs: [],
  id,
  level: 'commune',
  slug: `don-vi-${id}`,
  status: 'active',
  ...rest,
})

const province = unit(1, {
  code: '82',
  domains: ['dongthap.gov.vn'],
  formerDomains: ['tiengiang.gov.vn'],
  level: 'province',
  slug: 'tinh',
  formerSlugs: ['tinh-tien-giang'],
})
const merged = unit(2, { ancestors: [1], domains: ['xa-a.dongthap.gov.vn'], slug: 'xa-a', status: 'merged' })
const successor = unit(3, {
  ancestors: [1],
  formerDomains: ['xa-a-cu.tiengiang.gov.vn'],
  formerSlugs: ['xa-a'],
  slug: 'xa-moi',
})
// A code that is another unit's slug: the first in tree order wins, as the query with `limit: 1` did.
const clash = unit(4, { code: 'xa-moi', slug: 'xa-clash' })

const directory = unitDirectory([province, merged, successor, clash])

describe('the unit directory', () => {
  it('finds a unit by a current domain, slug or code', () => {
    expect(directory.find({ domain: 'dongthap.gov.vn' })).toEqual({ former: false, unit: province })
    expect(directory.find({ slugOrCode: 'tinh' })).toEqual({ former: false, unit: province })
    expect(directory.find({ slugOrCode: '82' })).toEqual({ former: false, unit: province })
    expect(directory.find({ slugOrCode: 'xa-moi' })?.unit).toBe(successor)
  })

  it('prefers a unit that holds the address now over one that held it before, whatever its status', () => {
    // "xa-a" is the merged unit's slug still, and its successor's former slug.
    expect(directory.find({ slugOrCode: 'xa-a' })).toEqual({ former: false, unit: merged })
    expect(directory.find({ domain: 'xa-a.dongthap.gov.vn' })?.unit).toBe(merged)
  })

  it('finds a unit by a former domain or slug, saying so', () => {
    expect(directory.find({ domain: 'tiengiang.gov.vn' })).toEqual({ former: true, unit: province })
    expect(directory.find({ domain: 'xa-a-cu.tiengiang.gov.vn' })).toEqual({ former: true, unit: successor })
    expect(directory.find({ slugOrCode: 'tinh-tien-giang' })).toEqual({ former: true, unit: province })
  })

  it('finds nothing for an address no unit has or had, and never a domain by a slug or a code by a domain', () => {
    expect(directory.find({ domain: 'khac.gov.vn' })).toBeUndefined()
    expect(directory.find({ slugOrCode: 'khong-co' })).toBeUndefined()
    expect(directory.find({ slugOrCode: 'dongthap.gov.vn' })).toBeUndefined()
    expect(directory.find({ domain: 'tinh' })).toBeUndefined()
    // A former domain is not a slug either.
    expect(directory.find({ slugOrCode: 'tiengiang.gov.vn' })).toBeUndefined()
  })

  it('lists the active units in the order given', () => {
    expect(directory.active).toEqual([1, 3, 4])
    expect(directory.size).toBe(4)
    expect(unitDirectory([]).active).toEqual([])
  })
})

import { idOf, idsOf, sameId } from './ids'

describe('ids', () => {
  it('reads an id from a bare or populated relationship value', () => {
    expect(idOf(4)).toBe(4)
    expect(idOf('64f0')).toBe('64f0')
    expect(idOf({ id: 7, name: 'Xã A' })).toBe(7)
    expect(idOf(null)).toBeUndefined()
  })

  it("lists a hasMany value's ids, skipping what is no id, and none for an unset field", () => {
    expect(idsOf([1, { id: 2 }, null, '3'])).toEqual([1, 2, '3'])
    expect(idsOf(null)).toEqual([])
    expect(idsOf(undefined)).toEqual([])
  })

  it('compares ids across numbers and strings', () => {
    expect(sameId(5, '5')).toBe(true)
    expect(sameId({ id: 5 }, 6)).toBe(false)
    expect(sameId(undefined, undefined)).toBe(false)
  })
})

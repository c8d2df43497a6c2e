import { versionsBeyond, type VersionStamp } from './versions'

const at = (minute: number) => `2026-11-30T08:${String(minute).padStart(2, '0')}:00.000Z`

describe('versionsBeyond', () => {
  const history: VersionStamp[] = [
    { id: 1, parent: 10, updatedAt: at(1) },
    { id: 2, parent: 10, updatedAt: at(2) },
    { id: 3, parent: 20, updatedAt: at(3) },
    { id: 4, parent: 10, updatedAt: at(4) },
    { id: 5, parent: 10, updatedAt: at(5) },
  ]

  it("names the versions beyond each item's newest, item by item", () => {
    expect(versionsBeyond(history, 2).sort()).toEqual([1, 2])
    expect(versionsBeyond(history, 3)).toEqual([1])
    expect(versionsBeyond(history, 4)).toEqual([])
  })

  it('keeps everything when there is no limit', () => {
    expect(versionsBeyond(history, 0)).toEqual([])
    expect(versionsBeyond([], 5)).toEqual([])
  })

  it('orders versions saved at the same time by id, the later kept, numbers and strings alike', () => {
    const same = at(7)
    expect(
      versionsBeyond(
        [
          { id: 9, parent: 1, updatedAt: same },
          { id: 10, parent: 1, updatedAt: same },
        ],
        1,
      ),
    ).toEqual([9])
    expect(
      versionsBeyond(
        [
          { id: '65a0000000000000000000b2', parent: 'p', updatedAt: same },
          { id: '65a0000000000000000000b1', parent: 'p', updatedAt: same },
        ],
        1,
      ),
    ).toEqual(['65a0000000000000000000b1'])
  })
})

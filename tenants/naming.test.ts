import { treeKey, unitTitle } from './naming'

describe('unitTitle', () => {
  it('names a commune with its district and code, so the three "Phường 1" are told apart', () => {
    expect(
      unitTitle({
        code: '28261',
        level: 'commune',
        name: 'Phường 1',
        parent: { level: 'district', name: 'Thành phố Mỹ Tho' },
      }),
    ).toBe('Phường 1 – TP Mỹ Tho (28261)')
    expect(
      unitTitle({
        code: '28435',
        level: 'commune',
        name: 'Phường 1',
        parent: { level: 'district', name: 'Thị xã Cai Lậy' },
      }),
    ).toBe('Phường 1 – TX Cai Lậy (28435)')
    expect(
      unitTitle({
        code: '28300',
        level: 'commune',
        name: 'Xã Mỹ Đức Tây',
        parent: { level: 'district', name: 'Huyện Cái Bè' },
      }),
    ).toBe('Xã Mỹ Đức Tây – Huyện Cái Bè (28300)')
  })

  it('names other units, and communes directly under the province (after 1/7/2025), with their code only', () => {
    expect(unitTitle({ code: '82', level: 'province', name: 'Tỉnh Tiền Giang' })).toBe('Tỉnh Tiền Giang (82)')
    expect(
      unitTitle({
        code: 'so-tu-phap',
        level: 'department',
        name: 'Sở Tư pháp',
        parent: { level: 'province', name: 'Tỉnh Tiền Giang' },
      }),
    ).toBe('Sở Tư pháp (so-tu-phap)')
    expect(
      unitTitle({
        code: '29001',
        level: 'commune',
        name: ' Xã Mới ',
        parent: { level: 'province', name: 'Tỉnh Đồng Tháp' },
      }),
    ).toBe('Xã Mới (29001)')
  })
})

describe('treeKey', () => {
  it('sorts the province, its departments, then each district followed by its communes', () => {
    const province = treeKey({ code: '82', level: 'province' })
    const department = treeKey({ code: 'so-tu-phap', level: 'department', parentKey: province })
    const myTho = treeKey({ code: '815', level: 'district', parentKey: province })
    const goCong = treeKey({ code: '816', level: 'district', parentKey: province })
    const phuong1 = treeKey({ code: '28261', level: 'commune', parentKey: myTho })
    const afterMerger = treeKey({ code: '28000', level: 'commune', parentKey: province })
    expect(phuong1).toBe('82/2815/328261')
    const keys = [afterMerger, goCong, phuong1, department, myTho, province]
    expect([...keys].sort()).toEqual([province, department, myTho, phuong1, goCong, afterMerger])
  })
})

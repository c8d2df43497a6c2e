import { unitTitle } from './naming'

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

import { bodiesOfUnit, mergeChoices, spelledAsChoice, tidyChoice } from './rules'

describe('ready-made choices', () => {
  it('names the bodies of a commune, a province and a department as documents do', () => {
    expect(bodiesOfUnit({ level: 'commune', name: 'Xã Tân Phước' })).toEqual([
      'Ủy ban nhân dân xã Tân Phước',
      'Hội đồng nhân dân xã Tân Phước',
      'Chủ tịch Ủy ban nhân dân xã Tân Phước',
    ])
    expect(bodiesOfUnit({ level: 'province', name: 'Tỉnh Tiền Giang' })[0]).toBe('Ủy ban nhân dân tỉnh Tiền Giang')
    expect(bodiesOfUnit({ level: 'district', name: 'Thành phố Mỹ Tho' })[1]).toBe('Hội đồng nhân dân thành phố Mỹ Tho')
    expect(bodiesOfUnit({ level: 'commune', name: 'Phường 1' })[0]).toBe('Ủy ban nhân dân phường 1')
    expect(bodiesOfUnit({ level: 'department', name: 'Sở Tư pháp' })).toEqual(['Sở Tư pháp'])
  })

  it('keeps each value once whatever its accents, case or spaces, in the first spelling met', () => {
    expect(mergeChoices(['Hộ tịch', 'Chứng thực'], ['ho tich', '  Đất   đai ', 'CHỨNG THỰC', ''])).toEqual([
      'Hộ tịch',
      'Chứng thực',
      'Đất đai',
    ])
  })

  it('spells a value as its choice, and keeps other values as typed but tidied', () => {
    const choices = ['Hộ tịch', 'Đất đai']
    expect(spelledAsChoice('ho  tich', choices)).toBe('Hộ tịch')
    expect(spelledAsChoice('dat dai', choices)).toBe('Đất đai')
    expect(spelledAsChoice(' Tôn giáo mới ', choices)).toBe('Tôn giáo mới')
    // Decomposed input (macOS keyboards) is stored composed.
    expect(tidyChoice('Ho\u0302\u0323 ti\u0323ch')).toBe('Hộ tịch')
  })
})

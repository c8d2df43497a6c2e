import { unitTree } from './unitTree'

describe('unitTree', () => {
  const units = [
    { code: '28261', id: 5, level: 'commune', parent: 2, title: 'Phường 1 – TP Mỹ Tho (28261)' },
    { code: '815', id: 2, level: 'district', parent: { id: 1 }, title: 'Thành phố Mỹ Tho (815)' },
    { code: 'so-tu-phap', id: 3, level: 'department', parent: 1, title: 'Sở Tư pháp (so-tu-phap)' },
    { code: '82', id: 1, level: 'province', parent: null, title: 'Tỉnh Tiền Giang (82)' },
    { code: '28249', id: 4, level: 'commune', parent: 2, title: 'Phường 5 – TP Mỹ Tho (28249)' },
  ]

  it('puts each unit under its parent: departments, then districts, then their communes by code', () => {
    const [province] = unitTree(units)
    expect(province!.title).toBe('Tỉnh Tiền Giang (82)')
    expect(province!.children.map((unit) => unit.code)).toEqual(['so-tu-phap', '815'])
    expect(province!.children[1]!.children.map((unit) => unit.code)).toEqual(['28249', '28261'])
  })

  it('makes roots of units whose parent is not listed', () => {
    expect(unitTree(units.filter((unit) => unit.level === 'commune')).map((unit) => unit.code)).toEqual([
      '28249',
      '28261',
    ])
  })
})

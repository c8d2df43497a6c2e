import { dayOf, fileNamesOf, headingReader } from './cells'

describe('dayOf', () => {
  it('reads Vietnamese and ISO days, and nothing that is no day', () => {
    expect(dayOf('05/03/2024')).toBe('2024-03-05')
    expect(dayOf('5-3-2024')).toBe('2024-03-05')
    expect(dayOf('2024-03-05')).toBe('2024-03-05')
    expect(dayOf('31/02/2024')).toBeUndefined()
    expect(dayOf('tháng 3')).toBeUndefined()
  })
})

describe('fileNamesOf and headingReader', () => {
  it('splits file cells and reads headings without accents or case', () => {
    expect(fileNamesOf('qd-01.pdf | phu-luc.docx\nbang.xlsx')).toEqual(['qd-01.pdf', 'phu-luc.docx', 'bang.xlsx'])
    const { read } = headingReader({ title: ['title', 'Tiêu đề'] })
    expect(read({ 'TIEU DE': 'Một', title: 'Hai' })).toEqual({ title: 'Một' })
  })
})

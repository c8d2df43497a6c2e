import { legalDocumentFromRecord } from './legalDocumentRecord'

const TYPES = [
  { label: { en: 'Decision', vi: 'Quyết định' }, value: 'quyet-dinh' },
  { label: { en: 'Other', vi: 'Văn bản khác' }, value: 'khac' },
]

describe('legalDocumentFromRecord', () => {
  it('reads a row as document lists export it, with its files', () => {
    expect(
      legalDocumentFromRecord(
        {
          'Cơ quan ban hành': 'UBND tỉnh',
          'Loại văn bản': 'quyet dinh',
          'Ngày ban hành': '15/01/2024',
          'Ngày hiệu lực': '2024-02-01',
          'Người ký': 'Nguyễn Văn A',
          'Số ký hiệu': ' 01/2024/QĐ-UBND ',
          'Tệp đính kèm': 'qd-01.pdf',
          'Trích yếu': 'Về việc ban hành quy chế',
        },
        TYPES,
      ),
    ).toEqual({
      data: {
        effectiveAt: '2024-02-01T05:00:00.000Z',
        expiresAt: undefined,
        field: undefined,
        issuedAt: '2024-01-15T05:00:00.000Z',
        issuingBody: 'UBND tỉnh',
        numberAndSymbol: '01/2024/QĐ-UBND',
        signer: 'Nguyễn Văn A',
        summary: 'Về việc ban hành quy chế',
        type: 'quyet-dinh',
      },
      files: ['qd-01.pdf'],
    })
  })

  it('names every field at fault', () => {
    const result = legalDocumentFromRecord({ 'Loại văn bản': 'Sắc lệnh', 'Ngày ban hành': '30/02/2024' }, TYPES)
    expect('problems' in result && result.problems.map((problem) => problem.field)).toEqual([
      'numberAndSymbol',
      'summary',
      'issuingBody',
      'type',
      'issuedAt',
    ])
    expect('problems' in result && result.problems[3]!.message.vi).toBe(
      'Loại văn bản "Sắc lệnh" không hợp lệ (Quyết định, Văn bản khác).',
    )
  })
})

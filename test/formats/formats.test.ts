import { parseDocumentNumber } from '../../src/base/formats/documentNumber'
import { parseProcedureCode } from '../../src/base/formats/procedureCode'

describe('procedure codes of the national database', () => {
  it.each([
    ['1.001234', { base: '1.001234', code: '1.001234', provinceSuffix: undefined }],
    ['1.012753.H19', { base: '1.012753', code: '1.012753.H19', provinceSuffix: 'H19' }],
    [' 2.000894.h82 ', { base: '2.000894', code: '2.000894.H82', provinceSuffix: 'H82' }],
  ])('reads %s', (value, parsed) => {
    expect(parseProcedureCode(value)).toEqual(parsed)
  })

  it.each(['1.01234', '1001234', '1.0012345', '1.001234.19', '1.001234.X19', 'TTHC-1.001234', ''])(
    'refuses %p',
    (value) => {
      expect(parseProcedureCode(value)).toBeUndefined()
    },
  )
})

describe('legal document numbers and symbols', () => {
  it.each([
    ['42/2022/NĐ-CP', { number: 42, symbol: 'NĐ-CP', text: '42/2022/NĐ-CP', year: 2022 }],
    ['15/2023/QĐ-UBND', { number: 15, symbol: 'QĐ-UBND', text: '15/2023/QĐ-UBND', year: 2023 }],
    ['123/UBND-VP', { number: 123, symbol: 'UBND-VP', text: '123/UBND-VP', year: undefined }],
    ['45/2019/QH14', { number: 45, symbol: 'QH14', text: '45/2019/QH14', year: 2019 }],
    [' 224 / 2026 / nđ-cp ', { number: 224, symbol: 'NĐ-CP', text: '224/2026/NĐ-CP', year: 2026 }],
    ['42/2022/NĐ-CP'.normalize('NFD'), { number: 42, symbol: 'NĐ-CP', text: '42/2022/NĐ-CP', year: 2022 }],
  ])('reads %p', (value, parsed) => {
    expect(parseDocumentNumber(value, 2026)).toEqual(parsed)
  })

  it.each([
    '42-2022-NĐ-CP',
    '42/22/NĐ-CP',
    '/2022/NĐ-CP',
    '42/2022/',
    '42/1900/NĐ-CP',
    '42/2030/NĐ-CP',
    'NĐ-CP',
    '42/2022/NĐ--CP',
  ])('refuses %p', (value) => {
    expect(parseDocumentNumber(value, 2026)).toBeUndefined()
  })
})

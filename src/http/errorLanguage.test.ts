import { withFieldPaths } from './errorLanguage'

describe('errors of a compound unique index', () => {
  it('name the field a person can change, not the index columns', () => {
    const raised = {
      data: {
        collection: 'legal-documents',
        errors: [{ message: 'Giá trị này đã được dùng, hãy chọn giá trị khác.', path: 'unit_id, number_and_symbol' }],
      },
      message: 'Trường sau chưa hợp lệ: unit_id, number_and_symbol',
    }
    expect(withFieldPaths(raised)).toEqual({
      data: {
        collection: 'legal-documents',
        errors: [{ message: 'Giá trị này đã được dùng, hãy chọn giá trị khác.', path: 'numberAndSymbol' }],
      },
      message: 'Trường sau chưa hợp lệ: numberAndSymbol',
    })
    const plain = { data: { errors: [{ path: 'slug' }] }, message: 'x' }
    expect(withFieldPaths(plain)).toBe(plain)
  })
})

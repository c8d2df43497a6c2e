import { fieldOfHeading, procedureFromRecord } from './procedureRecord'
import { upsertAction } from './upsert'

describe('a procedure from an import record', () => {
  it('reads the national portal’s Vietnamese headings, whatever their accents or case', () => {
    expect(fieldOfHeading('Mã thủ tục')).toBe('code')
    expect(fieldOfHeading('MA THU TUC')).toBe('code')
    expect(fieldOfHeading('  cấp thực hiện ')).toBe('level')
    expect(fieldOfHeading('Ghi chú')).toBeUndefined()
  })

  it('reads a CSV row: lists one item per line, ways to submit as "method | time | fee"', () => {
    const result = procedureFromRecord({
      'Cách thức thực hiện': 'Trực tiếp | 05 ngày làm việc | Không\nTrực tuyến | 03 ngày làm việc | Không',
      'Cấp thực hiện': 'Cấp xã',
      'Dịch vụ công trực tuyến': 'Toàn trình',
      'Lĩnh vực': 'Hộ tịch',
      'Mã thủ tục': '1.001193',
      'Tên thủ tục': 'Thủ tục đăng ký khai sinh',
      'Thành phần hồ sơ': 'Tờ khai đăng ký khai sinh | 1 | 0\nGiấy chứng sinh | 1',
      'Trình tự thực hiện': 'Nộp hồ sơ\n\nNhận kết quả',
    })
    expect(result).toEqual({
      data: expect.objectContaining({
        code: '1.001193',
        level: 'commune',
        name: 'Thủ tục đăng ký khai sinh',
        onlineServiceLevel: 'full',
        requiredDocuments: [
          { copies: 0, name: 'Tờ khai đăng ký khai sinh', originals: 1 },
          { copies: undefined, name: 'Giấy chứng sinh', originals: 1 },
        ],
        steps: [{ description: 'Nộp hồ sơ' }, { description: 'Nhận kết quả' }],
        submissionMethods: [
          { fee: 'Không', method: 'in-person', processingTime: '05 ngày làm việc' },
          { fee: 'Không', method: 'online', processingTime: '03 ngày làm việc' },
        ],
      }),
    })
  })

  it('reads a JSON record with arrays and objects', () => {
    const result = procedureFromRecord({
      code: '2.000488',
      level: 'province',
      name: 'Cấp giấy phép xây dựng',
      requiredDocuments: [{ copies: 2, name: 'Bản vẽ thiết kế', originals: 0 }],
      submissionMethods: [{ fee: '150.000 đồng', method: 'Dịch vụ bưu chính', processingTime: '20 ngày' }],
    })
    expect(result).toMatchObject({
      data: {
        requiredDocuments: [{ copies: 2, name: 'Bản vẽ thiết kế', originals: 0 }],
        submissionMethods: [{ fee: '150.000 đồng', method: 'postal', processingTime: '20 ngày' }],
      },
    })
  })

  it('names every problem of a record by field', () => {
    const result = procedureFromRecord({ 'Cách thức thực hiện': 'Fax | 1 ngày', 'Cấp thực hiện': 'Cấp bộ' })
    expect('problems' in result && result.problems.map((problem) => problem.field)).toEqual([
      'code',
      'name',
      'level',
      'submissionMethods',
    ])
  })
})

describe('upserting', () => {
  const stored = {
    code: '1.001193',
    id: 4,
    name: 'Đăng ký khai sinh',
    steps: [{ description: 'Nộp hồ sơ', id: 'a1' }],
    unit: 2,
  }

  it('changes nothing when the stored item holds every given value', () => {
    expect(
      upsertAction(stored, { code: '1.001193', name: 'Đăng ký khai sinh', steps: [{ description: 'Nộp hồ sơ' }] }),
    ).toBe('unchanged')
  })

  it('updates when a value differs, a list grows, or a missing value is given; creates when nothing matches', () => {
    expect(upsertAction(stored, { name: 'Đăng ký khai sinh (sửa)' })).toBe('update')
    expect(upsertAction(stored, { steps: [{ description: 'Nộp hồ sơ' }, { description: 'Nhận kết quả' }] })).toBe(
      'update',
    )
    expect(upsertAction(stored, { field: 'Hộ tịch' })).toBe('update')
    expect(upsertAction(undefined, { code: '1.001193' })).toBe('create')
  })
})

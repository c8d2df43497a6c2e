import { planReorganisation } from './plan'
import { planSummary } from './summary'

describe('planSummary', () => {
  it('tells each pending step, the people affected, the totals and the refusals, in Vietnamese', () => {
    const plan = planReorganisation(
      [
        { action: 'merge', code: '2', into: '1', line: 2 },
        { action: 'move', code: '9', line: 3, parent: '1' },
      ],
      {
        counts: { b: { news: 4 } },
        people: [
          {
            assignments: [{ includeSubunits: false, role: 'editor', unit: 'b' }],
            email: 'e@x.vn',
            id: 'u',
            isSuperAdmin: false,
          },
        ],
        units: [
          { code: '82', domains: [], id: 'p', level: 'province', name: 'Tỉnh', slug: 'tinh', status: 'active' },
          { code: '1', domains: [], id: 'a', level: 'commune', name: 'Xã A', parent: 'p', slug: 'a', status: 'active' },
          { code: '2', domains: [], id: 'b', level: 'commune', name: 'Xã B', parent: 'p', slug: 'b', status: 'active' },
        ],
      },
    )
    expect(planSummary(plan, { news: 'Tin tức' })).toEqual([
      '1 bước: 1 cần làm, 0 đã xong trước đó.',
      '  dòng 2: Sáp nhập 2 vào 1: chuyển 4 Tin tức',
      '1 người bị ảnh hưởng:',
      '  e@x.vn: Biên tập viên tại 2 → Biên tập viên tại 1',
      'Nội dung trước: 4 Tin tức; sau: 4 Tin tức (không xóa mục nào).',
      '1 chỗ bị từ chối, chưa thực hiện gì:',
      '  dòng 3 (9): Không có đơn vị mã 9.',
    ])
  })
})

import { newsFromRecord } from './newsRecord'

describe('newsFromRecord', () => {
  it('reads an old portal export: title, HTML body, date and time, cover; the slug made from the title', () => {
    expect(
      newsFromRecord({
        'Ảnh đại diện': 'anh-bia.jpg',
        'Ngày đăng': '15/03/2024 08:30',
        'Nội dung': '<p>Xin chào</p>',
        'Tiêu đề': 'Đoàn công tác thăm Đồng Tháp',
      }),
    ).toEqual({
      body: '<p>Xin chào</p>',
      cover: 'anh-bia.jpg',
      data: {
        author: undefined,
        publishedAt: '2024-03-15T05:00:00.000Z',
        slug: 'doan-cong-tac-tham-dong-thap',
        source: undefined,
        sourceUrl: undefined,
        summary: undefined,
        title: 'Đoàn công tác thăm Đồng Tháp',
      },
    })
  })

  it('names the title and a date that is none', () => {
    const result = newsFromRecord({ date: 'hôm qua' })
    expect('problems' in result && result.problems.map((problem) => problem.field)).toEqual(['title', 'publishedAt'])
  })
})

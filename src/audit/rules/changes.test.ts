import { changedFields } from './changes'

describe('what an update changed', () => {
  it('names changed fields, with short old and new values, in field order', () => {
    expect(
      changedFields(
        { featured: false, id: 7, slug: 'tin-a', title: 'Tin A', views: 3 },
        { featured: true, id: 7, slug: 'tin-a', title: 'Tin A (sửa)', views: 3 },
      ),
    ).toEqual([
      { field: 'featured', from: false, to: true },
      { field: 'title', from: 'Tin A', to: 'Tin A (sửa)' },
    ])
  })

  it('names long texts, groups and lists without copying them', () => {
    const long = 'x'.repeat(121)
    expect(
      changedFields(
        { body: { root: { children: [] } }, summary: 'ngắn' },
        { body: { root: { children: [1] } }, summary: long },
      ),
    ).toEqual([{ field: 'body' }, { field: 'summary' }])
  })

  it('compares relationships by id and dates as moments, and never lists secrets or derived fields', () => {
    const unit = { createdAt: '2026-01-01', id: 4, name: 'Phường 1' }
    expect(
      changedFields(
        { hash: 'a', publishedAt: new Date('2026-11-27T01:00:00Z'), titleKey: 'tin a', unit: 4, updatedAt: '1' },
        { hash: 'b', publishedAt: '2026-11-27T01:00:00.000Z', titleKey: 'tin b', unit, updatedAt: '2' },
      ),
    ).toEqual([])
    expect(changedFields({ unit: 4 }, { unit: { ...unit, id: 5 } })).toEqual([{ field: 'unit', from: 4, to: 5 }])
    expect(changedFields({ bodyHtml: '<p>a</p>', password: 'x' }, { bodyHtml: '<p>b</p>', password: 'y' })).toEqual([])
  })

  it('treats a creation as a change from nothing and a deletion as a change to nothing', () => {
    expect(changedFields(undefined, { title: 'Mới' })).toEqual([{ field: 'title', from: null, to: 'Mới' }])
    expect(changedFields({ title: 'Cũ' }, undefined)).toEqual([{ field: 'title', from: 'Cũ', to: null }])
  })
})

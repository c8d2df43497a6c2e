import { dataInLocale, type FieldShape, hasValuesIn, referencesOf, withReferences, withRowIds } from './fields'

const FIELDS: FieldShape[] = [
  { localized: true, name: 'title', type: 'text' },
  { name: 'unit', relationTo: 'units', type: 'relationship' },
  { hasMany: true, name: 'categories', relationTo: 'news-categories', type: 'relationship' },
  { name: 'cover', relationTo: 'media', type: 'upload' },
  { name: 'related', relationTo: ['news', 'legal-documents'], type: 'relationship' },
  { localized: true, name: 'body', type: 'richText' },
  {
    flattenedFields: [
      { localized: true, name: 'label', type: 'text' },
      { name: 'document', relationTo: 'legal-documents', type: 'relationship' },
    ],
    name: 'basis',
    type: 'array',
  },
  {
    blocks: [{ flattenedFields: [{ name: 'image', relationTo: 'media', type: 'upload' }], slug: 'picture' }],
    name: 'layout',
    type: 'blocks',
  },
  { name: 'relatedNews', type: 'join' },
  { name: 'bodyHtml', type: 'text', virtual: true },
]

const richText = (...children: unknown[]) => ({ root: { children, type: 'root' } })
const paragraph = (...children: unknown[]) => ({ children, type: 'paragraph' })

const DOC = {
  basis: [{ document: 7, id: 'row1', label: { en: 'Basis', vi: 'Căn cứ' } }],
  body: {
    en: richText(paragraph({ text: 'Hello', type: 'text' })),
    vi: richText(
      paragraph(
        { fields: { doc: { relationTo: 'news', value: 3 }, linkType: 'internal' }, children: [{ text: 'xem' }] },
        { text: ' thêm', type: 'text' },
      ),
      { relationTo: 'media', type: 'upload', value: { id: 5, url: '/a.png' } },
    ),
  },
  bodyHtml: '<p>x</p>',
  categories: [1, { id: 2, title: 'Tin' }],
  cover: 5,
  id: 10,
  layout: [{ blockType: 'picture', id: 'b1', image: 6 }],
  related: { relationTo: 'legal-documents', value: 7 },
  relatedNews: { docs: [] },
  title: { en: 'News', vi: 'Tin tức' },
  unit: 4,
}

describe('a document walked by its fields', () => {
  it('lists every reference: relationships, uploads, lists, either-kind fields, rows, blocks and rich text', () => {
    const found = referencesOf(FIELDS, DOC).map(({ id, relationTo }) => `${relationTo}:${id}`)
    expect(found.sort()).toEqual(
      [
        'legal-documents:7',
        'legal-documents:7',
        'media:5',
        'media:5',
        'media:6',
        'news-categories:1',
        'news-categories:2',
        'news:3',
        'units:4',
      ].sort(),
    )
  })

  it('points references at new ids, keeping each value shape, and leaves out what cannot be kept', () => {
    const moved = withReferences(FIELDS, DOC, ({ id, relationTo }) => {
      if (relationTo === 'news-categories' && id === 2) return null
      if (relationTo === 'news') return null
      return Number(id) + 100
    })
    expect(moved.unit).toBe(104)
    expect(moved.categories).toEqual([101])
    expect(moved.cover).toBe(105)
    expect(moved.related).toEqual({ relationTo: 'legal-documents', value: 107 })
    expect(moved.basis).toEqual([{ document: 107, id: 'row1', label: { en: 'Basis', vi: 'Căn cứ' } }])
    expect(moved.layout).toEqual([{ blockType: 'picture', id: 'b1', image: 106 }])
    const vi = (moved.body as { vi: { root: { children: Array<{ children?: unknown[]; value?: unknown }> } } }).vi
    // The link to a news item that did not come along leaves; its words stay.
    expect(vi.root.children[0]!.children).toEqual([{ text: 'xem' }, { text: ' thêm', type: 'text' }])
    expect(vi.root.children[1]!.value).toBe(105)
    expect(moved).not.toHaveProperty('relatedNews')
    expect(moved).not.toHaveProperty('bodyHtml')
    // The input is not changed.
    expect(DOC.categories).toEqual([1, { id: 2, title: 'Tin' }])
  })

  it('a single reference left out becomes null', () => {
    expect(withReferences(FIELDS, { cover: 5 }, () => null)).toEqual({ cover: null })
  })

  it("gives one locale's data, localized values inside rows too", () => {
    const vi = dataInLocale(FIELDS, DOC, 'vi')
    expect(vi.title).toBe('Tin tức')
    expect(vi.basis).toEqual([{ document: 7, id: 'row1', label: 'Căn cứ' }])
    expect(vi.unit).toBe(4)
    const en = dataInLocale(FIELDS, { ...DOC, title: { vi: 'Chỉ tiếng Việt' } }, 'en')
    expect(en).not.toHaveProperty('title')
    expect(en.basis).toEqual([{ document: 7, id: 'row1', label: 'Basis' }])
  })

  it('tells whether a locale has anything to write', () => {
    expect(hasValuesIn(FIELDS, DOC, 'en')).toBe(true)
    const viOnly = { basis: [{ id: 'r', label: { vi: 'Căn cứ' } }], title: { en: '', vi: 'Tin' }, unit: 4 }
    expect(hasValuesIn(FIELDS, viOnly, 'en')).toBe(false)
    expect(hasValuesIn(FIELDS, viOnly, 'vi')).toBe(true)
  })

  it('gives array and block rows new ids, the same row the same one', () => {
    const renewed = withRowIds(FIELDS, DOC, (old) => `new-${old}`)
    expect(renewed.basis).toEqual([{ document: 7, id: 'new-row1', label: { en: 'Basis', vi: 'Căn cứ' } }])
    expect(renewed.layout).toEqual([{ blockType: 'picture', id: 'new-b1', image: 6 }])
    expect(renewed.id).toBe(10)
  })
})

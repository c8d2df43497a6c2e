import type { Where } from 'payload'

import { broadenTitleSearch } from './unitSearch'

describe('broadenTitleSearch', () => {
  it('searches a picker text in the title, the code and the slug', () => {
    expect(broadenTitleSearch({ title: { like: 'Phường 1 Mỹ Tho' } })).toEqual({
      or: [
        { title: { like: 'Phường 1 Mỹ Tho' } },
        { code: { like: 'Phường 1 Mỹ Tho' } },
        { slug: { like: 'phuong-1-my-tho' } },
      ],
    })
  })

  it('finds it inside and/or, leaving the other conditions alone', () => {
    const where: Where = { and: [{ title: { like: '28261' } }, { status: { equals: 'active' } }] }
    expect(broadenTitleSearch(where)).toEqual({
      and: [
        { or: [{ title: { like: '28261' } }, { code: { like: '28261' } }, { slug: { like: '28261' } }] },
        { status: { equals: 'active' } },
      ],
    })
  })

  it('leaves other queries, and title conditions that are not a plain like, unchanged', () => {
    expect(broadenTitleSearch({ code: { equals: '82' } })).toEqual({ code: { equals: '82' } })
    expect(broadenTitleSearch({ title: { equals: 'x' } })).toEqual({ title: { equals: 'x' } })
    expect(broadenTitleSearch({ title: { like: '—' } })).toEqual({
      or: [{ title: { like: '—' } }, { code: { like: '—' } }],
    })
  })
})

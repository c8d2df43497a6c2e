import fc from 'fast-check'

import { writingOrder } from './order'

describe('the order items are written in', () => {
  it('puts what is referred to first', () => {
    const { completeLater, order } = writingOrder([
      { key: 'news:1', references: ['media:1', 'news-categories:1'] },
      { key: 'media:1', references: [] },
      { key: 'news-categories:1', references: ['outside:9'] },
    ])
    expect(order.indexOf('news:1')).toBeGreaterThan(order.indexOf('media:1'))
    expect(order.indexOf('news:1')).toBeGreaterThan(order.indexOf('news-categories:1'))
    expect(completeLater.size).toBe(0)
  })

  it('breaks a circle by completing one of its items later', () => {
    const { completeLater, order } = writingOrder([
      { key: 'a', references: ['b'] },
      { key: 'b', references: ['a'] },
      { key: 'c', references: ['c'] },
    ])
    expect([...order].sort()).toEqual(['a', 'b', 'c'])
    expect(completeLater).toEqual(new Set(['b', 'c']))
  })

  it('every item once; every reference met before its item unless the item is completed later', () => {
    const graph = fc.integer({ max: 30, min: 1 }).chain((size) =>
      fc.array(fc.array(fc.integer({ max: size - 1, min: 0 }), { maxLength: 4 }), {
        maxLength: size,
        minLength: size,
      }),
    )
    fc.assert(
      fc.property(graph, (edges) => {
        const items = edges.map((targets, index) => ({ key: `k${index}`, references: targets.map((t) => `k${t}`) }))
        const { completeLater, order } = writingOrder(items)
        expect([...order].sort()).toEqual(items.map(({ key }) => key).sort())
        const position = new Map(order.map((key, index) => [key, index]))
        for (const item of items)
          for (const reference of item.references)
            if (position.get(reference)! > position.get(item.key)! || reference === item.key)
              expect(completeLater.has(item.key)).toBe(true)
      }),
    )
  })

  it('takes a chain of 50,000 without overflowing the stack', () => {
    const items = Array.from({ length: 50_000 }, (_, index) => ({
      key: `d${index}`,
      references: index ? [`d${index - 1}`] : [],
    }))
    const { order } = writingOrder(items.reverse())
    expect(order[0]).toBe('d0')
    expect(order.at(-1)).toBe('d49999')
  })
})

/**
 * The order a unit's items are written in on import, so that an item's references already have their new ids:
 * an image before the news item that shows it, a document before the procedure that cites it. References in a
 * circle (two documents amending each other) cannot all be met; the items that close a circle are written first
 * without those references and given them once everything exists (`completeLater`).
 */
export type Item = { key: string; references: readonly string[] }

export type Order = { completeLater: ReadonlySet<string>; order: readonly string[] }

export const writingOrder = (items: readonly Item[]): Order => {
  const byKey = new Map(items.map((item) => [item.key, item]))
  const state = new Map<string, 'done' | 'visiting'>()
  const order: string[] = []
  const completeLater = new Set<string>()
  // Depth first, without recursion (a chain of thousands of citing documents must not overflow the stack).
  for (const start of items) {
    if (state.has(start.key)) continue
    const stack: Array<{ key: string; next: number }> = [{ key: start.key, next: 0 }]
    state.set(start.key, 'visiting')
    while (stack.length) {
      const top = stack[stack.length - 1]!
      const references = byKey.get(top.key)!.references
      if (top.next < references.length) {
        const reference = references[top.next++]!
        if (!byKey.has(reference) || reference === top.key) {
          if (reference === top.key) completeLater.add(top.key)
          continue
        }
        const seen = state.get(reference)
        if (seen === 'visiting') completeLater.add(top.key)
        else if (seen === undefined) {
          state.set(reference, 'visiting')
          stack.push({ key: reference, next: 0 })
        }
        continue
      }
      state.set(top.key, 'done')
      order.push(top.key)
      stack.pop()
    }
  }
  return { completeLater, order }
}

/**
 * Remembers a pure function's result per text argument, for the texts that come again and again (the queries
 * of a portal's pages). Bounded: at most `maxEntries` results (least recently used out first), and texts longer
 * than `maxLength` are never kept (they are computed each time: a key of 100 kB per entry would cost more memory
 * than the work saved).
 */
export const memoByText = <T>(
  compute: (text: string) => T,
  { maxEntries = 1000, maxLength = 8192 }: { maxEntries?: number; maxLength?: number } = {},
): ((text: string) => T) => {
  const results = new Map<string, T>()
  return (text) => {
    if (text.length > maxLength) return compute(text)
    if (results.has(text)) {
      const result = results.get(text) as T
      results.delete(text)
      results.set(text, result)
      return result
    }
    const result = compute(text)
    results.set(text, result)
    if (results.size > maxEntries) results.delete(results.keys().next().value!)
    return result
  }
}

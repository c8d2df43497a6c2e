/**
 * Runs `work` on every item, at most `atOnce` of them in flight, in the items' order of starting. The first
 * failure stops new items from starting and is thrown once those in flight have settled.
 */
export const inParallel = async <T>(
  items: readonly T[],
  atOnce: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> => {
  let next = 0
  let failed = false
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++
      try {
        await work(items[index]!, index)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  const settled = await Promise.allSettled(
    Array.from({ length: Math.max(1, Math.min(Math.floor(atOnce), items.length)) }, worker),
  )
  const failure = settled.find((each) => each.status === 'rejected')
  if (failure) throw (failure as PromiseRejectedResult).reason
}

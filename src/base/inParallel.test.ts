import { inParallel } from './inParallel'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('inParallel', () => {
  it('does every item once, never more than the limit at once', async () => {
    let running = 0
    let most = 0
    const seen: number[] = []
    await inParallel([...Array(25).keys()], 4, async (item) => {
      running += 1
      most = Math.max(most, running)
      await tick()
      seen.push(item)
      running -= 1
    })
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(25).keys()])
    expect(most).toBe(4)
  })

  it('runs one at a time, in order, with a limit of 1 (or less)', async () => {
    for (const limit of [1, 0, -3]) {
      const order: number[] = []
      await inParallel([3, 1, 2], limit, async (item) => {
        await tick()
        order.push(item)
      })
      expect(order).toEqual([3, 1, 2])
    }
  })

  it('throws the first failure after the items in flight settle, and starts no new ones', async () => {
    const finished: number[] = []
    const started: number[] = []
    const run = inParallel([...Array(10).keys()], 3, async (item) => {
      started.push(item)
      await tick()
      if (item === 1) throw new Error('row 1')
      await tick()
      finished.push(item)
    })
    await expect(run).rejects.toThrow('row 1')
    expect(finished.sort()).toEqual([0, 2])
    expect(started.length).toBeLessThan(10)
  })

  it('does nothing for no items', async () => {
    await expect(inParallel([], 4, async () => Promise.reject(new Error('never')))).resolves.toBeUndefined()
  })
})

import { backgroundWork } from './background'

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms))

describe('background work', () => {
  it('stop waits for the work that runs, including work it started while settling', async () => {
    const background = backgroundWork()
    const finished: string[] = []
    void background.track(
      later(20, 'first').then((name) => {
        finished.push(name)
        void background.track(later(20, 'second').then((next) => void finished.push(next)))
      }),
    )
    expect(background.stopping).toBe(false)
    expect(await background.stop(1000)).toBe('settled')
    expect(background.stopping).toBe(true)
    expect(finished).toEqual(['first', 'second'])
  })

  it('a failed work counts as settled; the failure stays with the caller', async () => {
    const background = backgroundWork()
    const failing = background.track(Promise.reject(new Error('boom')))
    await expect(failing).rejects.toThrow('boom')
    expect(await background.stop(1000)).toBe('settled')
  })

  it('gives up after the timeout and says so', async () => {
    const background = backgroundWork()
    void background.track(new Promise(() => undefined))
    expect(await background.stop(30)).toBe('late')
  })

  it('with nothing running, stop settles at once', async () => {
    expect(await backgroundWork().stop(1000)).toBe('settled')
  })
})

import { oncePer } from './oncePer'

describe('oncePer', () => {
  it('asks once per owner and key, even while the first answer is on its way', async () => {
    const owner = {}
    let asked = 0
    const look = async () => {
      asked += 1
      await new Promise((resolve) => setTimeout(resolve, 1))
      return asked
    }
    const answers = await Promise.all([oncePer(owner, 'a', look), oncePer(owner, 'a', look)])
    expect(answers).toEqual([1, 1])
    expect(await oncePer(owner, 'b', look)).toBe(2)
    expect(await oncePer({}, 'a', look)).toBe(3)
    expect(asked).toBe(3)
  })

  it('asks again after a failure', async () => {
    const owner = {}
    await expect(oncePer(owner, 'k', () => Promise.reject(new Error('down')))).rejects.toThrow('down')
    await expect(oncePer(owner, 'k', async () => 'up')).resolves.toBe('up')
  })
})

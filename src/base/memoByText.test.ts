import { memoByText } from './memoByText'

describe('remembering results per text', () => {
  it('computes each text once, however often it comes', () => {
    let calls = 0
    const length = memoByText((text) => {
      calls += 1
      return text.length
    })
    expect([length('abc'), length('abc'), length('de'), length('abc')]).toEqual([3, 3, 2, 3])
    expect(calls).toBe(2)
  })

  it('keeps at most maxEntries, the least recently used going first', () => {
    const seen: string[] = []
    const echo = memoByText(
      (text) => {
        seen.push(text)
        return text
      },
      { maxEntries: 2 },
    )
    echo('a')
    echo('b')
    echo('a') // a is now the most recent
    echo('c') // b goes
    echo('a')
    echo('b')
    expect(seen).toEqual(['a', 'b', 'c', 'b'])
  })

  it('never keeps a text longer than maxLength', () => {
    let calls = 0
    const count = memoByText(
      () => {
        calls += 1
        return calls
      },
      { maxLength: 3 },
    )
    expect([count('long text'), count('long text')]).toEqual([1, 2])
  })

  it('keeps a result that is undefined too', () => {
    let calls = 0
    const nothing = memoByText(() => {
      calls += 1
      return undefined
    })
    nothing('x')
    nothing('x')
    expect(calls).toBe(1)
  })
})

import { hotAnswers } from './hotAnswers'

const request = () => () => new Request('http://portal.test/api/graphql')

describe('the most requested answers', () => {
  it('ranks keys by requests, from three up, at most 32', () => {
    const hot = hotAnswers(32)
    for (let key = 0; key < 40; key++) for (let n = 0; n < 3 + key; n++) hot.requested(`k${key}`, request)
    hot.requested('once', request)
    const hottest = hot.hottest().map(({ key }) => key)
    expect(hottest).toHaveLength(32)
    expect(hottest[0]).toBe('k39')
    expect(hottest).not.toContain('once')
    expect(hottest).not.toContain('k0')
  })

  it('with a count of 0, keeps nothing', () => {
    const hot = hotAnswers(0)
    for (let n = 0; n < 5; n++) hot.requested('home', request)
    expect(hot.hottest()).toEqual([])
  })

  it('makes the replay once per key, and it asks again what was asked', () => {
    const hot = hotAnswers(32)
    let made = 0
    for (let n = 0; n < 5; n++)
      hot.requested('home', () => {
        made += 1
        return () => new Request('http://portal.test/api/graphql?query=%7Bx%7D')
      })
    expect(made).toBe(1)
    expect(hot.hottest()[0]!.replay().url).toBe('http://portal.test/api/graphql?query=%7Bx%7D')
  })

  it('lets old demand fade: counts halve every minute', () => {
    let clock = 0
    const hot = hotAnswers(32, () => clock)
    for (let n = 0; n < 6; n++) hot.requested('yesterday', request)
    expect(hot.hottest().map(({ key }) => key)).toEqual(['yesterday'])
    clock = 60_000
    expect(hot.hottest().map(({ key }) => key)).toEqual(['yesterday'])
    clock = 120_000
    expect(hot.hottest()).toEqual([])
  })

  it('counts a bounded number of keys (a crawl of every page is not demand)', () => {
    const hot = hotAnswers(32)
    for (let n = 0; n < 4; n++) hot.requested('home', request)
    for (let key = 0; key < 20_000; key++) hot.requested(`page-${key}`, request)
    expect(hot.hottest().map(({ key }) => key)).toEqual(['home'])
  })
})

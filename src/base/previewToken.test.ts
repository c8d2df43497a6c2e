import { signPreviewToken, verifyPreviewToken } from './previewToken'

describe('preview tokens', () => {
  const secret = 's'.repeat(32)
  const now = Date.UTC(2026, 10, 27, 10, 0, 0)
  const claim = { collection: 'news', expires: now / 1000 + 900, id: '42' }

  it('carry one draft until they expire', () => {
    const token = signPreviewToken(secret, claim)
    expect(verifyPreviewToken(secret, token, now)).toEqual(claim)
    expect(verifyPreviewToken(secret, token, now + 901_000)).toBeUndefined()
  })

  it('are refused when changed, signed with another secret or malformed', () => {
    const token = signPreviewToken(secret, claim)
    expect(verifyPreviewToken(secret, token.replace('.42.', '.43.'), now)).toBeUndefined()
    expect(verifyPreviewToken(secret, token.replace('news.', 'procedures.'), now)).toBeUndefined()
    expect(verifyPreviewToken('t'.repeat(32), token, now)).toBeUndefined()
    for (const bad of ['', 'a.b.c', `${token}.x`, 'news.42.notanumber.sig', '../x.1.2.3']) {
      expect(verifyPreviewToken(secret, bad, now)).toBeUndefined()
    }
  })

  it('name only collection slugs and ids, which cannot break the token apart', () => {
    expect(() => signPreviewToken(secret, { ...claim, id: '1.2' })).toThrow()
    expect(signPreviewToken(secret, { ...claim, id: '6560f0c8a1b2c3d4e5f60718' })).toMatch(
      /^news\.6560f0c8a1b2c3d4e5f60718\./,
    )
  })
})

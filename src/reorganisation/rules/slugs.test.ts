import { movedSlug } from './slugs'

describe('movedSlug', () => {
  it('keeps a slug the successor does not use', () => {
    expect(movedSlug('khai-mac', 'phuong-4', new Set(['be-mac']))).toBe('khai-mac')
  })

  it("appends the former unit's slug to one it uses, then a number", () => {
    expect(movedSlug('khai-mac', 'phuong-4', new Set(['khai-mac']))).toBe('khai-mac-phuong-4')
    expect(movedSlug('khai-mac', 'phuong-4', new Set(['khai-mac', 'khai-mac-phuong-4', 'khai-mac-phuong-4-2']))).toBe(
      'khai-mac-phuong-4-3',
    )
  })
})

import { languageOf } from './language'

describe('the language of a request', () => {
  it('is Vietnamese unless English is preferred', () => {
    expect(languageOf(undefined)).toBe('vi')
    expect(languageOf('')).toBe('vi')
    expect(languageOf('en-US,en;q=0.9')).toBe('en')
    expect(languageOf('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi')
    expect(languageOf('fr-FR,en;q=0.5,vi;q=0.9')).toBe('vi')
    expect(languageOf('fr-FR,en;q=0.5')).toBe('en')
    expect(languageOf('en;q=0')).toBe('vi')
    expect(languageOf('de')).toBe('vi')
  })
})

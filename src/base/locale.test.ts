import { localeProblem } from './locale'

const codes = ['vi', 'en']

describe('a requested content locale', () => {
  it('is one of the configured locales', () => {
    expect(localeProblem('vi', codes)).toBeUndefined()
    expect(localeProblem('en', codes)).toBeUndefined()
    expect(localeProblem('en-US', codes)).toEqual({
      en: 'locale must be one of vi, en.',
      vi: 'locale phải là một trong vi, en.',
    })
    expect(localeProblem('', codes)).toBeDefined()
    expect(localeProblem(['vi', 'en'], codes)).toBeDefined()
    expect(localeProblem({ vi: 1 }, codes)).toBeDefined()
  })

  it('may be every locale at once only where documents are read whole', () => {
    expect(localeProblem('all', codes)).toBeDefined()
    expect(localeProblem('all', codes, { allowAll: true })).toBeUndefined()
    expect(localeProblem('xx', codes, { allowAll: true })?.vi).toBe('locale phải là một trong vi, en, all.')
  })

  it('as a fallback, may also be none, or a list of locales', () => {
    const fallback = { parameter: 'fallback-locale' } as const
    for (const off of ['none', 'false', 'null', 'vi']) expect(localeProblem(off, codes, fallback)).toBeUndefined()
    expect(localeProblem(['en', 'vi'], codes, fallback)).toBeUndefined()
    expect(localeProblem(['en', 'fr'], codes, fallback)?.en).toBe(
      'fallback-locale must be one of vi, en, false, none, null.',
    )
    expect(localeProblem([], codes, fallback)).toBeDefined()
    expect(localeProblem('all', codes, fallback)).toBeDefined()
  })
})

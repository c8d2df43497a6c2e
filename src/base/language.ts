/** The languages messages are written in; Vietnamese unless the client asks for English. */
export type Language = 'en' | 'vi'

/**
 * The language of a request that Payload has not parsed (Express middleware, the HTTP server): English when
 * the client's Accept-Language prefers English to Vietnamese, Vietnamese otherwise.
 */
export const languageOf = (acceptLanguage: string | undefined): Language => {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = Number(params.find((param) => param.trim().startsWith('q='))?.split('=')[1] ?? 1)
      return { q: Number.isFinite(q) ? q : 0, tag: tag.split('-')[0] }
    })
    .filter((entry) => entry.tag === 'en' || entry.tag === 'vi')
    .sort((a, b) => b.q - a.q)
  return ranked[0]?.tag === 'en' && ranked[0].q > 0 ? 'en' : 'vi'
}

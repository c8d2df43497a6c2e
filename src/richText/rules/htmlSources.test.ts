import { htmlNameOf, selectWithHtmlSources } from './htmlSources'

describe("a read's select and the sources of the HTML it asks for", () => {
  it('reads a source with its HTML, and only then', () => {
    expect(selectWithHtmlSources({ bodyHtml: true, title: true }, ['body'])).toEqual({
      body: true,
      bodyHtml: true,
      title: true,
    })
    // An archive page (titles and summaries): the editor's JSON of every item stays unread.
    const titles = { slug: true, summary: true, title: true }
    expect(selectWithHtmlSources(titles, ['body'])).toBe(titles)
  })

  it('adds each missing source of several, and leaves a source already asked for alone', () => {
    const select = { historyHtml: true, organisation: true, organisationHtml: true }
    expect(selectWithHtmlSources(select, ['functionsAndDuties', 'history', 'organisation'])).toEqual({
      history: true,
      historyHtml: true,
      organisation: true,
      organisationHtml: true,
    })
    const both = { body: true, bodyHtml: true }
    expect(selectWithHtmlSources(both, ['body'])).toBe(both)
  })

  it('never changes the caller’s select in place', () => {
    const shared = Object.freeze({ bodyHtml: true })
    expect(selectWithHtmlSources(shared, ['body'])).toEqual({ body: true, bodyHtml: true })
    expect(shared).toEqual({ bodyHtml: true })
  })

  it('leaves a read without select, or with an excluding one, as it is', () => {
    expect(selectWithHtmlSources(undefined, ['body'])).toBeUndefined()
    const excluding = { body: false }
    expect(selectWithHtmlSources(excluding, ['body'])).toBe(excluding)
  })

  it('names a twin as the HTML field does', () => {
    expect(htmlNameOf('body')).toBe('bodyHtml')
  })
})

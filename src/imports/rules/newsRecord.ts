import { slugify } from '../../base/text/vietnamese'
import { dayOf, fileNamesOf, headingReader, type RawRecord, type RecordProblem, textOf } from './cells'

export type NewsData = {
  author?: string
  publishedAt?: string
  slug: string
  source?: string
  sourceUrl?: string
  summary?: string
  title: string
}

const headings = headingReader<keyof NewsData | 'body' | 'cover'>({
  author: ['author', 'Tác giả'],
  body: ['body', 'html', 'content', 'Nội dung'],
  cover: ['cover', 'image', 'Ảnh đại diện', 'Ảnh'],
  publishedAt: ['publishedAt', 'date', 'Ngày đăng', 'Ngày xuất bản'],
  slug: ['slug', 'Đường dẫn'],
  source: ['source', 'Nguồn tin', 'Nguồn'],
  sourceUrl: ['sourceUrl', 'Liên kết nguồn'],
  summary: ['summary', 'Tóm tắt', 'Sapo'],
  title: ['title', 'Tiêu đề'],
})

export const fieldOfNewsHeading = headings.fieldOfHeading

/**
 * A news item a record describes (an old portal's export: title, HTML body, date, image file name), or what is
 * wrong with it. The slug is the record's own or made from the title, and is what a re-import matches on. The
 * body stays HTML here; the edge converts it to the editor's format and brings in the images it names.
 */
export const newsFromRecord = (
  raw: RawRecord,
): { body?: string; cover?: string; data: NewsData } | { problems: RecordProblem[] } => {
  const given = headings.read(raw)
  const problems: RecordProblem[] = []
  const title = textOf(given.title)
  if (!title) problems.push({ field: 'title', message: { en: 'The title is missing.', vi: 'Thiếu tiêu đề.' } })
  const slug = slugify(textOf(given.slug) ?? title ?? '')
  if (title && !slug)
    problems.push({
      field: 'slug',
      message: { en: 'No slug can be made from the title.', vi: 'Không tạo được đường dẫn từ tiêu đề.' },
    })
  const dateText = textOf(given.publishedAt)
  // A time of day may follow the date ("15/03/2024 08:30"); the day is what portals show.
  const publishedDay = dateText === undefined ? undefined : dayOf(dateText.split(/[ T]/)[0]!)
  if (dateText !== undefined && !publishedDay)
    problems.push({
      field: 'publishedAt',
      message: {
        en: `The publication date "${dateText}" is not a date (dd/mm/yyyy).`,
        vi: `Ngày đăng "${dateText}" không phải ngày hợp lệ (dd/mm/yyyy).`,
      },
    })
  if (problems.length || !title || !slug) return { problems }
  const [cover] = fileNamesOf(given.cover)
  return {
    body: textOf(given.body),
    cover,
    data: {
      author: textOf(given.author),
      // Noon in Vietnam, so the day is the same in every time zone a reader may be in.
      publishedAt: publishedDay ? `${publishedDay}T05:00:00.000Z` : undefined,
      slug,
      source: textOf(given.source),
      sourceUrl: textOf(given.sourceUrl),
      summary: textOf(given.summary),
      title,
    },
  }
}

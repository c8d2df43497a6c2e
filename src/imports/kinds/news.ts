import path from 'node:path'

import { htmlToLexical } from '../../richText/fromHtml'
import type { ImportKind } from '../importRecords'
import { uploadFromFolder } from '../folderFiles'
import { newsFromRecord } from '../rules/newsRecord'

type Extra = { body?: string; cover?: string }

/** The file an `<img src>` names: the last part of its path ("/uploads/2024/anh%201.jpg" → "anh 1.jpg"). */
const fileNameOfSource = (src: string): string => {
  const withoutQuery = src.split(/[?#]/)[0] ?? ''
  const last = withoutQuery.split('/').pop() ?? ''
  try {
    return path.basename(decodeURIComponent(last))
  } catch {
    return path.basename(last)
  }
}

/**
 * News from an old portal's export (JSON or CSV: title, HTML body, date, cover image), matched by slug within the
 * unit. On creation the body becomes the editor's rich text (@payloadcms/richtext-lexical's HTML converter) and
 * the cover and every image of the body come from the import folder into the unit's `media`.
 */
export const NEWS: ImportKind = {
  collection: 'news',
  keyField: 'slug',
  parse: (_payload, record) => {
    const result = newsFromRecord(record)
    if ('problems' in result) return result
    return {
      data: result.data,
      extra: { body: result.body, cover: result.cover } satisfies Extra,
      key: result.data.slug,
    }
  },
  prepare: async (req, row, options) => {
    const { body, cover } = (row.extra ?? {}) as Extra
    const title = String(row.data.title)
    const image = (field: string, name: string) =>
      uploadFromFolder(req, { field, folder: options.folder, name, title, unit: options.unit }, 'media', {
        dryRun: options.dryRun,
      })
    const coverId = cover ? await image('cover', cover) : null
    return {
      ...(coverId !== null ? { cover: coverId } : {}),
      ...(body
        ? {
            body: await htmlToLexical(req.payload.config, body, async (src) => {
              const value = await image('body', fileNameOfSource(src))
              return value === null ? null : { relationTo: 'media', value }
            }),
          }
        : {}),
    }
  },
}

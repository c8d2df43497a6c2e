import fs from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import type { Id } from '../base/ids'
import { DOCUMENT_TYPES, type FileType, IMAGE_TYPES } from '../uploads/fileTypes'

/** A row that names a file the import cannot bring in: which, and why, for the row's rejection. */
export class MissingFile extends Error {
  constructor(
    readonly field: string,
    readonly fileName: string,
    readonly why: { en: string; vi: string },
  ) {
    super(why.en)
  }
}

const typeOf = (name: string, types: FileType[]) => {
  const extension = path.extname(name).slice(1).toLowerCase()
  return types.find((type) => type.extensions.includes(extension))
}

/**
 * Stores a file of the import folder as an upload of the unit (`files` for documents, `media` for images), through
 * the collection's own checks (type by content, size, image dimensions). Only a bare name is looked up, inside
 * the folder: a name with a path in it ("../x", "/etc/passwd") is refused. Null in a dry run.
 */
export const uploadFromFolder = async (
  req: PayloadRequest,
  { field, folder, name, title, unit }: { field: string; folder?: string; name: string; title: string; unit: Id },
  collection: 'files' | 'media',
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<Id | null> => {
  const fail = (en: string, vi: string) => new MissingFile(field, name, { en, vi })
  if (!folder)
    throw fail(
      `The row names the file "${name}": send it with the list (Tệp kèm theo in the admin panel), or on the command line name the folder that holds it (--files FOLDER).`,
      `Dòng này có tệp "${name}": hãy gửi tệp kèm theo danh sách (mục "Tệp kèm theo"), hoặc khi nhập bằng dòng lệnh thì chỉ thư mục chứa tệp (--files THƯ_MỤC).`,
    )
  if (name !== path.basename(name) || name.startsWith('.'))
    throw fail(`"${name}" is not a plain file name.`, `"${name}" không phải tên tệp hợp lệ.`)
  const type = typeOf(name, collection === 'media' ? IMAGE_TYPES : DOCUMENT_TYPES)
  if (!type)
    throw fail(`"${name}" is not a file type this collection takes.`, `Tệp "${name}" không thuộc loại được chấp nhận.`)
  // As given, else in NFC: the admin panel's files are kept under NFC names (src/imports/staging.ts).
  const data = await fs
    .readFile(path.join(folder, name))
    .catch(() => fs.readFile(path.join(folder, name.normalize('NFC'))))
    .catch(() => {
      throw fail(
        `The file "${name}" is not among the files sent (or in the --files folder).`,
        `Không có tệp "${name}" trong các tệp kèm theo (hoặc thư mục --files).`,
      )
    })
  // A dry run checks the file is there and of its type, and stores nothing (files go to disk, not in a transaction).
  if (dryRun) return null
  const upload = await req.payload.create({
    collection,
    data: (collection === 'media' ? { alt: title, unit } : { title, unit }) as never,
    depth: 0,
    file: { data, mimetype: type.mime, name, size: data.length },
    overrideAccess: true,
    req,
  })
  return upload.id
}

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { fieldError, type Message } from '../base/errors/fieldError'
import type { FileType } from './fileTypes'

type Options = { maxBytes?: (req: PayloadRequest) => number; types: FileType[] }

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

const detect = async (file: NonNullable<PayloadRequest['file']>) =>
  file.tempFilePath && !file.data?.length ? fileTypeFromFile(file.tempFilePath) : fileTypeFromBuffer(file.data)

/** Why a file is refused, or its accepted type. */
const judge = async (
  file: NonNullable<PayloadRequest['file']>,
  { maxBytes, types }: { maxBytes?: number; types: FileType[] },
) => {
  const accepted = types.map((type) => type.label).join(', ')
  if (maxBytes !== undefined && file.size > maxBytes) {
    return {
      en: `The file is ${megabytes(file.size)}; the limit is ${megabytes(maxBytes)}.`,
      vi: `Tệp có dung lượng ${megabytes(file.size)}, vượt giới hạn ${megabytes(maxBytes)}.`,
    }
  }
  const detected = (await detect(file))?.mime
  const extension = extensionOf(file.name)
  if (!detected) {
    return {
      en: `The content of ${file.name} is not a recognised file of an accepted type (${accepted}); text, HTML and SVG files are refused.`,
      vi: `Nội dung tệp ${file.name} không thuộc loại được chấp nhận (${accepted}); không nhận tệp văn bản thô, HTML, SVG.`,
    }
  }
  const type = types.find((each) => each.detected.includes(detected) && each.extensions.includes(extension))
  if (type) return type
  const byContent = types.find((each) => each.detected.includes(detected))
  if (byContent) {
    return {
      en: `The content of ${file.name} is ${byContent.label}, but its name ends in .${extension}.`,
      vi: `Nội dung tệp ${file.name} là ${byContent.label} nhưng tên tệp có đuôi .${extension}.`,
    }
  }
  return {
    en: `The content of ${file.name} is ${detected}, which is not accepted here (${accepted}).`,
    vi: `Nội dung tệp ${file.name} có định dạng ${detected}, không được chấp nhận (chỉ nhận ${accepted}).`,
  }
}

/**
 * Checks an upload by what its bytes are, not what its name or the browser claim: the type read from the
 * content must be accepted and agree with the extension, and the size within the limit. The stored MIME type is
 * then the canonical one. Runs before Payload stores anything.
 */
export const checkUploadContent =
  (options: Options): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if ((operation !== 'create' && operation !== 'update' && operation !== 'updateByID') || !req.file) return args
    const verdict = await judge(req.file, { maxBytes: options.maxBytes?.(req), types: options.types })
    if ('mime' in verdict) {
      req.file.mimetype = verdict.mime
      return args
    }
    throw fieldError(req, collection.slug, 'file', verdict as Message)
  }

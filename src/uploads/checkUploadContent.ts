import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import sharp from 'sharp'

import { fieldError, inLanguage, type Message } from '../base/errors/fieldError'
import type { FileType } from './fileTypes'

type Options = {
  maxBytes?: (req: PayloadRequest) => number
  /** Images: the most pixels (width × height of a frame) the image may declare. */
  maxPixels?: (req: PayloadRequest) => number
  types: FileType[]
}

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

const detect = async (file: NonNullable<PayloadRequest['file']>) =>
  file.tempFilePath && !file.data?.length ? fileTypeFromFile(file.tempFilePath) : fileTypeFromBuffer(file.data)

const megapixels = (pixels: number) => `${Math.round(pixels / 100_000) / 10}`

/**
 * An image's declared size, read from its header without decoding it: a 12 kB PNG can declare 100 megapixels
 * and take seconds and gigabytes to decode (a decompression bomb). Refused above the limit, and refused when
 * the header cannot be read at all (Payload would fail later without saying why).
 */
const judgeImage = async (
  file: NonNullable<PayloadRequest['file']>,
  maxPixels: number,
): Promise<Message | undefined> => {
  const input = file.tempFilePath && !file.data?.length ? file.tempFilePath : file.data
  const metadata = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined)
  if (!metadata?.width || !metadata.height) {
    return {
      en: `${file.name} cannot be read as an image (damaged or incomplete).`,
      vi: `Không đọc được tệp ${file.name} như một hình ảnh (tệp hỏng hoặc không đầy đủ).`,
    }
  }
  const pixels = metadata.width * (metadata.pageHeight ?? metadata.height)
  if (pixels <= maxPixels) return undefined
  return {
    en: `The image is ${metadata.width} × ${metadata.height} pixels (${megapixels(pixels)} megapixels); the limit is ${megapixels(maxPixels)} megapixels.`,
    vi: `Ảnh có kích thước ${metadata.width} × ${metadata.height} điểm ảnh (${megapixels(pixels)} megapixel), vượt giới hạn ${megapixels(maxPixels)} megapixel.`,
  }
}

/** What a detected type is called in a message: SVG by its name (file-type reports it as XML). */
const typeName = (detected: string, extension: string) =>
  detected === 'application/xml' && extension === 'svg' ? 'SVG' : detected

/** Why a file is refused, or its accepted type. */
const judge = async (
  file: NonNullable<PayloadRequest['file']>,
  { maxBytes, maxPixels, types }: { maxBytes?: number; maxPixels?: number; types: FileType[] },
): Promise<FileType | Message> => {
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
  if (type)
    return (type.mime.startsWith('image/') && maxPixels !== undefined && (await judgeImage(file, maxPixels))) || type
  const byContent = types.find((each) => each.detected.includes(detected))
  if (byContent) {
    return {
      en: `The content of ${file.name} is ${byContent.label}, but its name ends in .${extension}.`,
      vi: `Nội dung tệp ${file.name} là ${byContent.label} nhưng tên tệp có đuôi .${extension}.`,
    }
  }
  return {
    en: `The content of ${file.name} is ${typeName(detected, extension)}, which is not accepted here (${accepted}).`,
    vi: `Nội dung tệp ${file.name} có định dạng ${typeName(detected, extension)}, không được chấp nhận (chỉ nhận ${accepted}).`,
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
    const verdict = await judge(req.file, {
      maxBytes: options.maxBytes?.(req),
      maxPixels: options.maxPixels?.(req),
      types: options.types,
    })
    if ('mime' in verdict) {
      req.file.mimetype = verdict.mime
      return args
    }
    const refusal = fieldError(req, collection.slug, 'file', verdict as Message)
    // The admin panel's toast shows the error's message: the reason itself, not "the following field is
    // invalid: file" (the field shows the reason too).
    refusal.message = inLanguage(req, verdict as Message)
    throw refusal
  }

import type { PayloadRequest } from 'payload'

import { formatOfName, type NumberedRecord, readRecords, UnreadableFile } from '../../imports/readRecords'
import { refuse } from './refuse'

/**
 * The records of the CSV or JSON file a multipart request attached as `file` (after `addDataAndFileToRequest`),
 * or the refusal to answer: no file or another kind (400), too large (413), not readable as records (400), each
 * naming `file`.
 */
export const uploadedRecords = (
  req: PayloadRequest,
  maxBytes: number,
): { name: string; records: NumberedRecord[] } | Response => {
  const file = req.file
  const format = file && formatOfName(file.name)
  if (!file || !format)
    return refuse(req, 400, { en: 'Attach a .csv or .json file.', vi: 'Hãy đính kèm một tệp .csv hoặc .json.' }, 'file')
  const megabytes = maxBytes / 1024 / 1024
  if (file.size > maxBytes)
    return refuse(
      req,
      413,
      { en: `The file is larger than ${megabytes} MB: split it.`, vi: `Tệp lớn hơn ${megabytes} MB: hãy chia nhỏ.` },
      'file',
    )
  try {
    return { name: file.name, records: readRecords(Buffer.from(file.data).toString('utf8'), format) }
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error
    return refuse(
      req,
      400,
      { en: `The file cannot be read: ${error.message}`, vi: `Không đọc được tệp: ${error.message}` },
      'file',
    )
  }
}

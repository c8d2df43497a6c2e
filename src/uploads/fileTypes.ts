/**
 * The file types each upload collection accepts. `detected` is what the content itself says (read by
 * `file-type` from the first bytes), `extensions` what the name may end in; both must agree. Word 97–2003 and
 * Excel 97–2003 files share one container format (Compound File Binary), so their extension tells them apart.
 */
export type FileType = { detected: string[]; extensions: string[]; label: string; mime: string }

export const IMAGE_TYPES: FileType[] = [
  { detected: ['image/jpeg'], extensions: ['jpg', 'jpeg'], label: 'JPEG', mime: 'image/jpeg' },
  { detected: ['image/png'], extensions: ['png'], label: 'PNG', mime: 'image/png' },
  { detected: ['image/webp'], extensions: ['webp'], label: 'WebP', mime: 'image/webp' },
  { detected: ['image/gif'], extensions: ['gif'], label: 'GIF', mime: 'image/gif' },
  { detected: ['image/avif'], extensions: ['avif'], label: 'AVIF', mime: 'image/avif' },
]

const CFB = 'application/x-cfb'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const ODT = 'application/vnd.oasis.opendocument.text'

export const DOCUMENT_TYPES: FileType[] = [
  { detected: ['application/pdf'], extensions: ['pdf'], label: 'PDF', mime: 'application/pdf' },
  { detected: [CFB], extensions: ['doc'], label: 'Word (.doc)', mime: 'application/msword' },
  { detected: [DOCX], extensions: ['docx'], label: 'Word (.docx)', mime: DOCX },
  { detected: [CFB], extensions: ['xls'], label: 'Excel (.xls)', mime: 'application/vnd.ms-excel' },
  { detected: [XLSX], extensions: ['xlsx'], label: 'Excel (.xlsx)', mime: XLSX },
  { detected: [ODT], extensions: ['odt'], label: 'OpenDocument (.odt)', mime: ODT },
]

/** The MIME types Payload itself checks the detected type against (and the admin file picker offers). */
export const acceptedMimeTypes = (types: FileType[]): string[] => [
  ...new Set(types.flatMap((type) => [type.mime, ...type.detected])),
]

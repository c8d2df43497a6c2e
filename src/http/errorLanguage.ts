import type { AfterErrorHook, PayloadRequest } from 'payload'

import { inLanguage, type Message } from '../base/errors/fieldError'
import { runtimeSettingsOf } from '../settings/runtime'
import { uploadLimits } from '../settings/settings'

/** What a client is told of an error the server did not expect. */
export const SERVER_ERROR = { en: 'Something went wrong on the server.', vi: 'Đã có lỗi xảy ra ở máy chủ.' }

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

/** Payload's messages that have no translation key: said in the request's language instead. */
const UNTRANSLATED: Array<[RegExp, (req: PayloadRequest) => Message]> = [
  [
    /^File size limit has been reached/,
    (req) => {
      const limit = megabytes(uploadLimits(runtimeSettingsOf(req)).fileSize)
      return {
        en: `The file is larger than the upload limit (${limit}).`,
        vi: `Tệp vượt quá giới hạn tải lên (${limit}).`,
      }
    },
  ],
  [/^Something went wrong\.?$/, () => SERVER_ERROR],
]

const translated = (req: PayloadRequest, message: string | undefined) => {
  if (message === undefined) return message
  const found = UNTRANSLATED.find(([pattern]) => pattern.test(message))
  return found ? inLanguage(req, found[1](req)) : message
}

const camelCase = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())

/**
 * A compound unique index (unit + slug, unit + code) refuses a duplicate with the index's columns as the path
 * ("unit_id, slug"); the field the person can change is the last one, named as the collection names it.
 */
const fieldOfIndex = (path: string) => (path.includes(', ') ? camelCase(path.split(', ').at(-1)!) : path)

type ErrorEntry = { data?: { errors?: Array<{ path?: string }> } & Record<string, unknown>; message?: string }

export const withFieldPaths = (error: ErrorEntry): ErrorEntry => {
  const fields = error.data?.errors
  if (!fields?.some((field) => field.path?.includes(', '))) return error
  let message = error.message
  const errors = fields.map((field) => {
    if (!field.path?.includes(', ')) return field
    message = message?.replace(field.path, fieldOfIndex(field.path))
    return { ...field, path: fieldOfIndex(field.path) }
  })
  return { ...error, data: { ...error.data, errors }, message }
}

/**
 * Every error a client or editor sees is in the request's language: Payload's translated messages already are
 * (with our Vietnamese, src/config/vietnamese.ts); the few it writes in English only are replaced here.
 */
export const answerInRequestLanguage: AfterErrorHook = ({ graphqlResult, req, result }) => {
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message: translated(req, graphqlResult.message)! } }
  if (!result?.errors) return
  return {
    response: {
      ...result,
      errors: result.errors.map((error) => ({ ...error, message: translated(req, error.message) })),
    },
  }
}

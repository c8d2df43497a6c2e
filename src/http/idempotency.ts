import express, { type RequestHandler } from 'express'
import type { CollectionSlug, Payload } from 'payload'

import { languageOf } from '../base/language'
import {
  COLLECTION,
  FINGERPRINT_HEADER,
  fingerprintOf,
  IDEMPOTENCY_HEADER,
  isValidKey,
  REPLAYED_HEADER,
  REQUESTER_HEADER,
  requesterOf,
} from '../idempotency/keys'
import { MAX_GRAPHQL_BODY } from './graphql/body'
import { webHeadersOf } from './webBridge'

type Options = { maxBodyBytes: number }

/** A retry arriving while the first request is still running waits this long before asking again. */
const IN_FLIGHT_S = 2
/** A record becomes visible when its write commits; without an answer this much later, the answer was lost (the
 * process died between the commit and the reply). */
const ANSWER_EXPECTED_WITHIN_MS = 2_000
/** Answers larger than this are not kept (a retry then gets the document, as after a crash). */
const MAX_KEPT_ANSWER = 1024 * 1024
const CLEANUP_EVERY_MS = 60 * 60 * 1000
/** How long a request waits for an earlier one with the same key in this process before looking on its own. */
const WAIT_FOR_FIRST_MS = 10_000

const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])
const messages = {
  applied: {
    en: 'The request with this Idempotency-Key was carried out; its answer was not kept. The document it wrote is in `collection` and `id`.',
    vi: 'Yêu cầu với Idempotency-Key này đã được thực hiện nhưng không lưu được câu trả lời. Tài liệu đã ghi nằm ở `collection` và `id`.',
  },
  inFlight: {
    en: 'A request with this Idempotency-Key is still being processed; send it again in a moment to get its answer.',
    vi: 'Một yêu cầu với Idempotency-Key này đang được xử lý; hãy gửi lại sau giây lát để nhận kết quả.',
  },
  invalid: {
    en: 'Idempotency-Key must be 8 to 200 visible ASCII characters (a UUID, for example).',
    vi: 'Idempotency-Key phải gồm 8 đến 200 ký tự ASCII nhìn thấy được (ví dụ một UUID).',
  },
  replayed: {
    en: 'Answer of the first request with this Idempotency-Key.',
    vi: 'Kết quả của lần gửi đầu tiên với Idempotency-Key này.',
  },
  reused: {
    en: 'This Idempotency-Key was already used for a different request (another body, address or person); use a new key.',
    vi: 'Idempotency-Key này đã được dùng cho một yêu cầu khác (nội dung, địa chỉ hoặc người gửi khác); hãy dùng khóa mới.',
  },
}

/**
 * `Idempotency-Key` on REST and GraphQL writes: a write sent again with the same key (a client's retry after a
 * lost answer, an import script run twice) is answered with the first answer instead of being carried out again.
 * - the key is recorded in the write's own transaction (src/idempotency/recordWrite.ts), so a write that
 *   committed has its record even if the process died before answering; the answer is added once it is sent;
 * - a retry gets the kept answer (`Idempotent-Replayed: true`); if the first request is still running, 409 with
 *   Retry-After; if it committed but its answer was lost, the document as it is now (REST) or 409 naming it;
 * - the same key with another request (body, address or person) is refused with 422;
 * - keys are kept IDEMPOTENCY_TTL_HOURS, then forgotten.
 */
export const idempotency = (payload: Payload, { maxBodyBytes }: Options): RequestHandler[] => {
  const restBody = express.raw({ limit: maxBodyBytes, type: () => true })
  const graphqlBody = express.raw({ limit: MAX_GRAPHQL_BODY, type: () => true })
  let lastCleanup = 0
  /** Requests of this process by key, while they run: the same key arriving meanwhile waits for the first. */
  const running = new Map<string, Promise<void>>()
  const find = async (key: string) =>
    (
      await payload.find({
        collection: COLLECTION,
        depth: 0,
        limit: 1,
        overrideAccess: true,
        pagination: false,
        where: { key: { equals: key } },
      })
    ).docs.at(0)
  const forgetExpired = () => {
    if (Date.now() - lastCleanup < CLEANUP_EVERY_MS) return
    lastCleanup = Date.now()
    void payload
      .delete({
        collection: COLLECTION,
        overrideAccess: true,
        where: { expiresAt: { less_than: new Date().toISOString() } },
      })
      .catch((error: unknown) => payload.logger.warn({ err: error, msg: 'idempotency keys: expired ones not removed' }))
  }

  const applies = (req: express.Request) =>
    WRITES.has(req.method) && req.path.startsWith('/api/') && req.headers[IDEMPOTENCY_HEADER] !== undefined

  return [
    (req, _res, next) => {
      // Only the server sets these; a client's copies are dropped.
      delete req.headers[FINGERPRINT_HEADER]
      delete req.headers[REQUESTER_HEADER]
      next()
    },
    (req, res, next) =>
      applies(req) ? (req.path === '/api/graphql' ? graphqlBody : restBody)(req, res, next) : next(),
    async (req, res, next) => {
      if (!applies(req)) return next()
      try {
        const language = languageOf(req.headers['accept-language'])
        const key = String(req.headers[IDEMPOTENCY_HEADER]).trim()
        if (!isValidKey(key))
          return res.status(400).json({ errors: [{ field: 'Idempotency-Key', message: messages.invalid[language] }] })
        forgetExpired()
        // Requests with the same key take turns in this process: a retry sent while the first is still running
        // waits for it and then gets its answer (between processes, the key's unique index decides).
        const earlier = running.get(key)
        let settle!: () => void
        const mine = new Promise<void>((resolve) => (settle = resolve))
        running.set(key, mine)
        const done = () => {
          if (running.get(key) === mine) running.delete(key)
          settle()
        }
        let passedThrough = false
        res.once('close', () => passedThrough || done())
        if (earlier) await Promise.race([earlier, new Promise((resolve) => setTimeout(resolve, WAIT_FOR_FIRST_MS))])
        const fingerprint = fingerprintOf(req.method, req.originalUrl, Buffer.isBuffer(req.body) ? req.body : undefined)
        const { user } = await payload.auth({ headers: webHeadersOf(req) })
        const requester = requesterOf(user as { collection?: string; id: number | string } | null)
        let stored = await find(key)
        if (stored && new Date(stored.expiresAt).getTime() < Date.now()) {
          await payload.delete({ collection: COLLECTION, id: stored.id, overrideAccess: true })
          stored = undefined
        }
        if (stored) {
          res.setHeader(REPLAYED_HEADER, 'true')
          if (stored.requester !== requester || stored.fingerprint !== fingerprint) {
            res.removeHeader(REPLAYED_HEADER)
            return res.status(422).json({ errors: [{ field: 'Idempotency-Key', message: messages.reused[language] }] })
          }
          if (stored.status) {
            return res
              .status(stored.status)
              .type(stored.contentType ?? 'application/json')
              .send(stored.response ?? '')
          }
          if (Date.now() - new Date(stored.createdAt).getTime() < ANSWER_EXPECTED_WITHIN_MS) {
            res.removeHeader(REPLAYED_HEADER)
            return res
              .status(409)
              .set('retry-after', String(IN_FLIGHT_S))
              .json({ errors: [{ message: messages.inFlight[language] }] })
          }
          const named = { collection: stored.documentCollection, id: stored.documentId }
          if (req.path === '/api/graphql' || stored.operation === 'delete') {
            return res
              .status(stored.operation === 'delete' ? 200 : 409)
              .json({ ...named, errors: [{ extensions: named, message: messages.applied[language] }] })
          }
          const doc = await payload
            .findByID({
              collection: stored.documentCollection as CollectionSlug,
              depth: 0,
              disableErrors: true,
              id: stored.documentId,
              overrideAccess: false,
              user,
            })
            .catch(() => null)
          return res
            .status(stored.operation === 'create' ? 201 : 200)
            .json({ doc, message: messages.replayed[language] })
        }

        // First time: the write records the key in its transaction; the answer is kept once it is sent.
        passedThrough = true
        req.headers[FINGERPRINT_HEADER] = fingerprint
        req.headers[REQUESTER_HEADER] = requester
        const chunks: Buffer[] = []
        let size = 0
        const write = res.write.bind(res) as (...args: unknown[]) => boolean
        const end = res.end.bind(res) as (...args: unknown[]) => express.Response
        const keep = (chunk: unknown) => {
          if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > MAX_KEPT_ANSWER) return
          const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array | string)
          size += buffer.length
          chunks.push(buffer)
        }
        res.write = ((chunk: unknown, ...rest: unknown[]) => (keep(chunk), write(chunk, ...rest))) as typeof res.write
        res.end = ((chunk?: unknown, ...rest: unknown[]) => (keep(chunk), end(chunk, ...rest))) as typeof res.end
        res.once('close', () => {
          if (res.statusCode >= 500 || size > MAX_KEPT_ANSWER || !res.writableFinished) return done()
          void (async () => {
            const written = await find(key)
            if (!written || written.status || written.fingerprint !== fingerprint) return
            await payload.update({
              collection: COLLECTION,
              data: {
                contentType: String(res.getHeader('content-type') ?? 'application/json'),
                response: Buffer.concat(chunks).toString('utf8'),
                status: res.statusCode,
              },
              id: written.id,
              overrideAccess: true,
            })
          })()
            .catch((error: unknown) => payload.logger.warn({ err: error, msg: 'idempotency key: answer not kept' }))
            .finally(done)
        })
        next()
      } catch (error) {
        next(error)
      }
    },
  ]
}

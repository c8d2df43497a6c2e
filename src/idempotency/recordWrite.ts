import { APIError, type CollectionAfterChangeHook, type CollectionAfterDeleteHook, type PayloadRequest } from 'payload'

import { inLanguage } from '../base/errors/fieldError'
import { COLLECTION, FINGERPRINT_HEADER, IDEMPOTENCY_HEADER, REQUESTER_HEADER } from './keys'

type Options = { ttlMs: number }

const record = async (req: PayloadRequest, operation: string, collection: string, id: unknown, { ttlMs }: Options) => {
  const key = req.headers?.get(IDEMPOTENCY_HEADER)
  const fingerprint = req.headers?.get(FINGERPRINT_HEADER)
  const context = req.context as { idempotencyRecorded?: boolean }
  // Only writes that came through the server's check (which sets the fingerprint), once per request.
  if (!key || !fingerprint || context.idempotencyRecorded || collection === COLLECTION) return
  context.idempotencyRecorded = true
  try {
    await req.payload.create({
      collection: COLLECTION,
      data: {
        documentCollection: collection,
        documentId: String(id),
        expiresAt: new Date(Date.now() + ttlMs).toISOString(),
        fingerprint,
        key,
        operation,
        requester: req.headers.get(REQUESTER_HEADER) ?? 'anonymous',
      },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    // The same key, recorded by a concurrent request: this write is rolled back with its transaction.
    throw new APIError(
      inLanguage(req, {
        en: 'A request with this Idempotency-Key is already being processed; send it again in a moment to get its answer.',
        vi: 'Một yêu cầu với Idempotency-Key này đang được xử lý; hãy gửi lại sau giây lát để nhận kết quả.',
      }),
      409,
      { cause: String(error) },
      true,
    )
  }
}

/**
 * In the write's own transaction, the `Idempotency-Key` it was made with is recorded with the document it wrote:
 * a write that committed always has its record, even if the process dies before answering, and a retry finds it.
 */
export const recordIdempotentChange =
  (options: Options): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, req }) => {
    await record(req, operation, collection.slug, doc.id, options)
    return doc
  }

export const recordIdempotentDelete =
  (options: Options): CollectionAfterDeleteHook =>
  async ({ collection, doc, req }) => {
    await record(req, 'delete', collection.slug, doc.id, options)
    return doc
  }

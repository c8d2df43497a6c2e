import type { Endpoint, Where } from 'payload'

import { auditCsv } from '../../audit/exportCsv'
import { refuse } from './refuse'

/**
 * `GET /api/audit-log.csv?where[...]=…`: the audit entries the signed-in person may read (super-admins all,
 * unit admins their units'), filtered as the admin list filters them (by unit, person, collection, period),
 * oldest first, as a CSV file. Streams page by page, so a long log never sits in memory.
 */
export const auditExportEndpoint: Endpoint = {
  method: 'get',
  path: '/audit-log.csv',
  handler: async (req) => {
    if (!req.user)
      return refuse(req, 401, { en: 'Sign in to export the audit log.', vi: 'Cần đăng nhập để xuất nhật ký.' })
    const where = ((req.query as { where?: unknown }).where ?? {}) as Where
    const chunks = auditCsv(req.payload, where, req)
    // The first page is read before answering, so a malformed filter is refused (400) rather than cut off.
    const first = await chunks.next()
    const second = await chunks.next()
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of [first, second]) if (!part.done) controller.enqueue(encoder.encode(part.value))
      },
      async pull(controller) {
        const next = await chunks.next()
        if (next.done) controller.close()
        else controller.enqueue(encoder.encode(next.value))
      },
    })
    const day = new Date().toISOString().slice(0, 10)
    return new Response(body, {
      headers: {
        'cache-control': 'no-store, private',
        'content-disposition': `attachment; filename="nhat-ky-${day}.csv"`,
        'content-type': 'text/csv; charset=utf-8',
      },
    })
  },
}

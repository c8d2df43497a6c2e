import type { Endpoint } from 'payload'

import { inLanguage } from '../../base/errors/fieldError'
import { previewedDraft } from '../../publishing/preview'

/**
 * `GET /api/preview/<token>`: the draft a preview token names (src/publishing/preview.ts), for a portal's preview
 * page. Never cached anywhere, never indexed; a missing, altered or expired token gets 404 with a reason.
 */
export const previewEndpoint: Endpoint = {
  method: 'get',
  path: '/preview/:token',
  handler: async (req) => {
    const found = await previewedDraft(req, String(req.routeParams?.token ?? ''))
    const headers = { 'cache-control': 'no-store, private', 'x-robots-tag': 'noindex, nofollow' }
    if (!found) {
      const message = inLanguage(req, {
        en: 'This preview link is not valid or has expired: open the preview again from the admin panel.',
        vi: 'Liên kết xem trước không hợp lệ hoặc đã hết hạn: hãy mở lại "Xem trước" từ trang quản trị.',
      })
      return Response.json({ errors: [{ message }] }, { headers, status: 404 })
    }
    return Response.json(found, { headers })
  },
}

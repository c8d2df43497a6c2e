import type { CollectionSlug, GeneratePreviewURL, PayloadRequest } from 'payload'

import { idOf } from '../base/ids'
import { signPreviewToken, verifyPreviewToken } from '../base/previewToken'

/** How long a preview link works: long enough to look and show a colleague, short enough not to leak a draft. */
export const PREVIEW_VALID_S = 30 * 60

/** Where previews go when a unit names no preview address of its own: the example portal's preview page. */
export const DEFAULT_PREVIEW_TEMPLATE = '/examples/portal/preview.html?token={token}'

/** A template with its placeholders filled ({token}, {collection}, {id}, {slug}, {unit}), each URL-encoded. */
export const fillPreviewTemplate = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(token|collection|id|slug|unit)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''))

/**
 * The admin panel's "Xem trước" link for a draft: the item's portal's preview address (the unit's `previewUrl`
 * template, else the example portal) with a signed token that lets that page read this one draft for 30 minutes
 * through `GET /api/preview/<token>` (src/http/endpoints/preview.ts). Drafts are never public otherwise.
 */
export const previewUrlOf =
  (collection: CollectionSlug): GeneratePreviewURL =>
  async (doc, { req }) => {
    const unitId = idOf(doc.unit)
    if (!req.user || unitId === undefined || doc.id === undefined) return null
    const unit = await req.payload
      .findByID({ collection: 'units', depth: 0, id: unitId, overrideAccess: true, req })
      .catch(() => null)
    const token = signPreviewToken(req.payload.secret, {
      collection,
      expires: Math.floor(Date.now() / 1000) + PREVIEW_VALID_S,
      id: String(doc.id),
    })
    const template = (unit as { previewUrl?: string | null } | null)?.previewUrl || DEFAULT_PREVIEW_TEMPLATE
    const url = fillPreviewTemplate(template, {
      collection,
      id: String(doc.id),
      slug: typeof doc.slug === 'string' ? doc.slug : '',
      token,
      unit: unit?.slug ?? '',
    })
    // A path stays relative: the panel opens it on the address it was reached at, whatever SERVER_URL says.
    return url
  }

/** The draft a preview token names, read as the system (the token is the permission), or undefined. */
export const previewedDraft = async (req: PayloadRequest, token: string) => {
  const claim = verifyPreviewToken(req.payload.secret, token, Date.now())
  if (!claim || !req.payload.collections[claim.collection as CollectionSlug]) return undefined
  const doc = await req.payload
    .findByID({
      collection: claim.collection as CollectionSlug,
      depth: 1,
      draft: true,
      id: claim.id,
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  return doc ? { collection: claim.collection, doc, expires: new Date(claim.expires * 1000).toISOString() } : undefined
}

import type { CollectionAfterChangeHook } from 'payload'

import { DEFAULT_NEWS_CATEGORIES } from '../../../src/fields/choices/lists'

/**
 * A new province (a unit with no parent) starts with the usual news categories (Tin hoạt động, Thông báo, Lịch
 * công tác…). They are inherited: every portal below shows them and its editors file news under them, so one
 * set serves 202 portals instead of 202 copies to keep alike; a unit adds its own next to them.
 */
export const createDefaultCategories: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.parent) return doc
  for (const [order, name] of DEFAULT_NEWS_CATEGORIES.entries())
    await req.payload.create({
      collection: 'news-categories',
      data: { name, order: order + 1, unit: doc.id },
      locale: 'vi',
      overrideAccess: true,
      req,
    })
  return doc
}

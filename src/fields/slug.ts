import type { CollectionSlug, FieldHook, PayloadRequest, TextField } from 'payload'

import { idOf, type Id } from '../base/ids'
import { inLanguage } from '../base/errors/fieldError'
import { slugify } from '../base/text/vietnamese'

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
const CANDIDATES = 50

/** The first of `base`, `base-2`, `base-3`, … that no other item of the unit uses. */
const freeSlug = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  unit: Id | undefined,
  base: string,
  self: unknown,
) => {
  const candidates = [base, ...Array.from({ length: CANDIDATES - 1 }, (_, index) => `${base}-${index + 2}`)]
  if (unit === undefined) return base
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { slug: true },
    where: {
      and: [
        { unit: { equals: unit } },
        { slug: { in: candidates } },
        ...(self === undefined ? [] : [{ id: { not_equals: self } }]),
      ],
    },
  })
  const taken = new Set(docs.map((doc) => (doc as { slug?: string }).slug))
  return candidates.find((candidate) => !taken.has(candidate)) ?? `${base}-${Date.now().toString(36)}`
}

/**
 * A URL key written by hand is normalised (unaccented, đ→d, hyphens); left empty it is made from the source
 * field and numbered if the unit already has it. Once set it stays when the title changes, so links keep working.
 */
const fillSlug =
  (source: string): FieldHook =>
  async ({ collection, data, originalDoc, req, value }) => {
    const typed = typeof value === 'string' ? slugify(value) : ''
    if (typed) return typed
    if (value === undefined && originalDoc?.slug) return undefined
    const title = data?.[source] ?? originalDoc?.[source]
    const base = typeof title === 'string' ? slugify(title).slice(0, 120).replace(/-+$/, '') : ''
    if (!base || !collection) return value
    return freeSlug(req, collection.slug, idOf(data?.unit ?? originalDoc?.unit), base, originalDoc?.id)
  }

/** `slug`: unique within the item's unit (see tenants/hooks/uniqueWithinUnit.ts), made from `source` by default. */
export const slugField = (source: string): TextField => ({
  name: 'slug',
  type: 'text',
  admin: {
    description: {
      en: 'The address of the page. Left empty, it is made from the title (no accents, đ → d).',
      vi: 'Đường dẫn của trang. Để trống sẽ tự tạo từ tiêu đề (không dấu, đ → d).',
    },
    position: 'sidebar',
  },
  hooks: { beforeValidate: [fillSlug(source)] },
  index: true,
  label: { en: 'Slug', vi: 'Đường dẫn (slug)' },
  maxLength: 140,
  validate: (value: null | string | undefined, { req }) =>
    !value || SLUG.test(value)
      ? true
      : inLanguage(req, {
          en: `"${value}" is not a slug: lowercase letters a-z, digits and single hyphens.`,
          vi: `"${value}" không phải đường dẫn hợp lệ: chữ thường không dấu, số và dấu gạch nối.`,
        }),
})

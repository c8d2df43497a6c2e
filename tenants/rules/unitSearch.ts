import type { Where } from 'payload'

import { slugify } from '../../src/base/text/vietnamese'

const isTitleLike = (where: Where): where is { title: { like: string } } =>
  Object.keys(where).length === 1 &&
  typeof (where.title as { like?: unknown } | undefined)?.like === 'string' &&
  Object.keys(where.title as object).length === 1

/**
 * The admin panel's unit pickers search the title only (`title like "…"`). A person also types a unit's code
 * ("28261") or its slug, or the name without diacritics ("phuong 1 my tho"): every title search becomes
 * title OR code OR slug, the last on the slugified text. Nothing else in the query changes.
 */
export const broadenTitleSearch = (where: Where): Where => {
  if (isTitleLike(where)) {
    const text = where.title.like.trim()
    const slug = slugify(text)
    return {
      or: [{ title: { like: text } }, { code: { like: text } }, ...(slug ? [{ slug: { like: slug } }] : [])],
    }
  }
  const broadened: Where = { ...where }
  for (const key of ['and', 'or'] as const) {
    if (Array.isArray(where[key])) broadened[key] = (where[key] as Where[]).map(broadenTitleSearch)
  }
  return broadened
}

import type { CollectionBeforeChangeHook } from 'payload'

/** The publish date defaults to the moment an article is first published; an editor may set another. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}

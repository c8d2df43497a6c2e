import type { CollectionConfig } from 'payload'

/**
 * Drafts, a version history, and publishing or unpublishing at a chosen time. A scheduled change runs as the
 * person who scheduled it, with their unit rights at that moment (Payload's `schedulePublish` job).
 */
export const publishingVersions = (maxPerDoc: number): CollectionConfig['versions'] => ({
  drafts: { schedulePublish: true },
  maxPerDoc,
})

import type { CollectionSlug, PayloadRequest } from 'payload'

import { type Id, idOf } from '../base/ids'
import { REVIEW_LABELS, type ReviewStatus } from '../publishing/rules/review'

/** How many versions a page of the history shows. */
export const HISTORY_PAGE_SIZE = 20

export type HistoryRow = {
  at: string
  /** Who saved this version (the item's last editor at that moment). */
  by: string
  id: Id
  published: boolean
  review?: string
}

export type History = { page: number; rows: HistoryRow[]; totalPages: number }

type VersionData = { _status?: string; reviewStatus?: ReviewStatus; updatedBy?: unknown }

/** A person as the history names them: their name, or their address when they have none. */
const namesOf = async (req: PayloadRequest, ids: Id[]): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map()
  // Colleagues' names are shown to whoever may read the item; their other data stays behind users' access.
  const { docs } = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { email: true, name: true },
    where: { id: { in: ids } },
  })
  return new Map(docs.map((user) => [String(user.id), user.name?.trim() || user.email]))
}

/**
 * The version history of an item as its reader may see it, newest first, each version with the person who
 * saved it, its publication and review status: Payload's own versions list shows only a date and an id.
 */
export const versionHistoryOf = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  parent: Id,
  page: number,
): Promise<History> => {
  const found = await req.payload.findVersions({
    collection,
    depth: 0,
    limit: HISTORY_PAGE_SIZE,
    overrideAccess: false,
    page,
    req,
    sort: '-updatedAt',
    // With localization, Payload also keeps a snapshot per save for the other locales: one row per save.
    where: { and: [{ parent: { equals: parent } }, { snapshot: { not_equals: true } }] },
  })
  const versions = found.docs as Array<{ id: Id; updatedAt: string; version: VersionData }>
  const people = [...new Set(versions.flatMap(({ version }) => idOf(version.updatedBy) ?? []))]
  const names = await namesOf(req, people)
  return {
    page: found.page ?? page,
    rows: versions.map(({ id, updatedAt, version }) => {
      const by = idOf(version.updatedBy)
      return {
        at: updatedAt,
        by: by === undefined ? 'Hệ thống' : (names.get(String(by)) ?? `Người dùng #${by}`),
        id,
        published: version._status === 'published',
        review: version.reviewStatus ? REVIEW_LABELS[version.reviewStatus]?.vi : undefined,
      }
    }),
    totalPages: found.totalPages,
  }
}

import type { CollectionSlug, Payload, Where } from 'payload'

import { documentTitle } from '../publishing/documentTitle'
import { SCHEDULE_PUBLISH_TASK, scheduledActionOf, scheduledDocumentOf } from '../internals/schedulePublishJob'

/** The collections whose items go through drafts and review (the dashboard's work lists). */
export const REVIEWED: CollectionSlug[] = ['news', 'procedures', 'legal-documents', 'unit-profiles']

/** The collections counted on the dashboard. */
export const COUNTED: CollectionSlug[] = [...REVIEWED, 'news-categories', 'contacts', 'media', 'files']

type Person = { collection?: string; id: number | string }
export type WorkItem = {
  at: string
  collection: CollectionSlug
  id: number | string
  title: string
  unit?: string
}

const unitTitleOf = (doc: Record<string, unknown>) => {
  const unit = doc.unit as { title?: string; name?: string } | undefined
  return typeof unit === 'object' && unit ? (unit.title ?? unit.name) : undefined
}

/** Items of the person's units matching `where` in each reviewed collection, newest first, as they may read them. */
const itemsWhere = async (payload: Payload, user: Person, where: Where, limit: number): Promise<WorkItem[]> => {
  const found = await Promise.all(
    REVIEWED.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        depth: 1,
        draft: true,
        limit,
        overrideAccess: false,
        sort: '-updatedAt',
        user,
        where,
      })
      return docs.map((doc) => {
        const record = doc as unknown as Record<string, unknown>
        return {
          at: String(record.updatedAt),
          collection,
          id: record.id as number | string,
          title: documentTitle(payload.collections[collection]?.config, record),
          unit: unitTitleOf(record),
        }
      })
    }),
  )
  return found
    .flat()
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, limit)
}

export type Dashboard = {
  counts: Array<{ collection: CollectionSlug; total: number }>
  recent: WorkItem[]
  returned: WorkItem[]
  scheduled: Array<WorkItem & { action: 'publish' | 'unpublish'; when: string }>
  waiting: WorkItem[]
  busiestUnits: Array<{ title: string; waiting: number }>
}

/** How many pending scheduled publications the dashboard looks through for a person's (one query). */
const SCHEDULED_LOOKED_AT = 500

/**
 * The next publications scheduled on the person's items: the pending jobs province-wide (their input names the
 * item, not its unit), then the items in one query per collection under the person's access, which keeps
 * only theirs; ten at most, soonest first.
 */
const scheduledFor = async (payload: Payload, user: Person): Promise<Dashboard['scheduled']> => {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    limit: SCHEDULED_LOOKED_AT,
    overrideAccess: true,
    pagination: false,
    select: { input: true, waitUntil: true },
    sort: 'waitUntil',
    where: {
      and: [
        { taskSlug: { equals: SCHEDULE_PUBLISH_TASK } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
  })
  const targets = jobs.docs.flatMap((job) => {
    const target = scheduledDocumentOf(job.input)
    return target ? [{ ...target, action: scheduledActionOf(job.input), when: String(job.waitUntil) }] : []
  })
  const readable = new Map<string, Record<string, unknown>>()
  for (const collection of new Set(targets.map((target) => target.collection))) {
    const ids = targets.filter((target) => target.collection === collection).map((target) => target.id)
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      depth: 1,
      draft: true,
      limit: 0,
      overrideAccess: false,
      pagination: false,
      user,
      where: { id: { in: ids } },
    })
    for (const doc of docs) readable.set(`${collection}:${doc.id}`, doc as unknown as Record<string, unknown>)
  }
  return targets
    .flatMap(({ action, collection, id, when }) => {
      const record = readable.get(`${collection}:${id}`)
      if (!record) return []
      return [
        {
          action,
          at: String(record.updatedAt),
          collection: collection as CollectionSlug,
          id,
          title: documentTitle(payload.collections[collection as CollectionSlug]?.config, record),
          unit: unitTitleOf(record),
          when,
        },
      ]
    })
    .slice(0, 10)
}

/**
 * What a person's dashboard shows, read with their own access (so only their units): items waiting for approval,
 * their items sent back, publications scheduled, recent changes, counts per collection; for super-admins also the
 * units with the most items waiting.
 */
export const dashboardOf = async (payload: Payload, user: Person & { isSuperAdmin?: boolean | null }) => {
  const [waiting, returned, recent] = await Promise.all([
    itemsWhere(payload, user, { reviewStatus: { equals: 'submitted' } }, 10),
    itemsWhere(
      payload,
      user,
      {
        and: [
          { reviewStatus: { equals: 'returned' } },
          { or: [{ submittedBy: { equals: user.id } }, { createdBy: { equals: user.id } }] },
        ],
      },
      10,
    ),
    itemsWhere(payload, user, {}, 10),
  ])
  const counts = await Promise.all(
    COUNTED.map(async (collection) => ({
      collection,
      total: (await payload.count({ collection, overrideAccess: false, user })).totalDocs,
    })),
  )
  const scheduled = await scheduledFor(payload, user)
  let busiestUnits: Dashboard['busiestUnits'] = []
  if (user.isSuperAdmin) {
    const perUnit = new Map<string, number>()
    for (const item of await itemsWhere(payload, user, { reviewStatus: { equals: 'submitted' } }, 1000)) {
      if (item.unit) perUnit.set(item.unit, (perUnit.get(item.unit) ?? 0) + 1)
    }
    busiestUnits = [...perUnit]
      .map(([title, count]) => ({ title, waiting: count }))
      .sort((a, b) => b.waiting - a.waiting)
      .slice(0, 10)
  }
  return { busiestUnits, counts, recent, returned, scheduled, waiting } satisfies Dashboard
}

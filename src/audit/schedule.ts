import { type CollectionSlug, createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { Id } from '../base/ids'
import { documentTitle } from '../publishing/documentTitle'
import { unitOf } from './hooks'
import { recordAudit } from './record'

/**
 * Records a publication or unpublication a person scheduled, with the time it is due. Called where scheduling
 * happens (the REST endpoint, the admin panel's drawer): Payload runs no hooks on its jobs collection unless
 * every job pays for them (`jobs.runHooks`).
 */
export const recordSchedule = async (
  req: PayloadRequest,
  { action, at, collection, id }: { action: 'publish' | 'unpublish'; at: Date | string; collection: string; id: Id },
): Promise<void> => {
  const slug = collection as CollectionSlug
  const item = (await req.payload
    .findByID({ collection: slug, depth: 0, draft: true, id, overrideAccess: true, req })
    .catch(() => undefined)) as (Record<string, unknown> & { id: Id }) | undefined
  await recordAudit(req, {
    action: 'schedule',
    changes: [{ field: action, from: null, to: new Date(at).toISOString() }],
    collection,
    document: id,
    title: item ? documentTitle(req.payload.collections[slug]?.config, item) : undefined,
    unit: item ? unitOf(collection, item) : undefined,
  })
}

type DrawerArgs = { date?: string; doc?: { relationTo?: string; value?: number | string }; type?: string }

/** The same, for the admin panel's schedule drawer (a server function): the person comes from the session cookie. */
export const recordDrawerSchedule = async (payload: Payload, headers: Headers, args: DrawerArgs): Promise<void> => {
  const { date, doc, type } = args
  if ((type !== 'publish' && type !== 'unpublish') || !date || !doc?.relationTo || doc.value === undefined) return
  const { user } = await payload.auth({ headers })
  if (!user) return
  const req = await createLocalReq({ req: { headers } as never, user }, payload)
  await recordSchedule(req, { action: type, at: date, collection: doc.relationTo, id: doc.value })
}

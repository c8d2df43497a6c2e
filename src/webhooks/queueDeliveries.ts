import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, PayloadRequest } from 'payload'

import { type Id, idOf } from '../../tenants/ids'
import { findUnits } from '../../tenants/unitQueries'
import type { WebhookEvent } from './events'

export const DELIVER_TASK = 'deliverWebhook'
export const WEBHOOK_QUEUE = 'webhooks'

/** The units whose portals show the item: its own, and those below it of the levels it is shown on. */
const portalsShowing = async (req: PayloadRequest, unit: Id, levels: string[]): Promise<Id[]> => {
  if (levels.length === 0) return [unit]
  const below = await findUnits(req, { and: [{ ancestors: { in: [unit] } }, { level: { in: levels } }, { status: { equals: 'active' } }] })
  return [unit, ...below.map((each) => each.id)]
}

const queue = async (req: PayloadRequest, collection: string, doc: Record<string, unknown>, event: WebhookEvent) => {
  const unit = idOf(doc.unit)
  // A bulk import (seeding, migrations of old portals) does not notify portals item by item.
  if (unit === undefined || (req.context as { bulkImport?: boolean }).bulkImport) return
  const units = await portalsShowing(req, unit, (doc.showOnSubunits as string[] | undefined) ?? [])
  const { docs: webhooks } = await req.payload.find({
    collection: 'webhooks',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { and: [{ unit: { in: units } }, { active: { equals: true } }, { events: { in: [event] } }] },
  })
  for (const webhook of webhooks) {
    if (webhook.collections?.length && !(webhook.collections as string[]).includes(collection)) continue
    const body = {
      collection,
      event,
      id: String(doc.id),
      occurredAt: new Date().toISOString(),
      portal: String(idOf(webhook.unit)),
      slug: (doc.slug as string | undefined) ?? null,
      unit: String(unit),
    }
    const delivery = await req.payload.create({
      collection: 'webhook-deliveries',
      data: { body, documentCollection: collection, documentId: String(doc.id), event, unit: webhook.unit as number, webhook: webhook.id },
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({ input: { delivery: String(delivery.id) }, queue: WEBHOOK_QUEUE, req, task: DELIVER_TASK })
  }
}

const hasDrafts = (collection: CollectionConfig) => typeof collection.versions === 'object' && Boolean(collection.versions?.drafts)

/** Publishing (or saving something published) and unpublishing notify the portals that show the item. */
export const notifyOnChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const unpublishing = Boolean((req.context as { unpublishing?: boolean }).unpublishing)
  const event: WebhookEvent | undefined =
    !hasDrafts(collection) || doc._status === 'published' ? 'publish' : unpublishing ? 'unpublish' : undefined
  if (event) await queue(req, collection.slug, doc, event)
  return doc
}

export const notifyOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (!hasDrafts(collection) || doc._status === 'published') await queue(req, collection.slug, doc, 'unpublish')
  return doc
}

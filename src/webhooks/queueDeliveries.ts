import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, PayloadRequest } from 'payload'

import { type Id, idOf } from '../base/ids'
import { type ItemShape, portalsShowingWhere } from '../../tenants/rules/inheritance'
import { findUnits } from '../../tenants/unitQueries'
import { hasDrafts, unitScopedOf } from '../declaration'
import type { WebhookEvent } from './events'

export const DELIVER_TASK = 'deliverWebhook'
export const WEBHOOK_QUEUE = 'webhooks'

/** The units whose portals show the item, as the inheritance rule says (tenants/rules/inheritance.ts). */
const portalsShowing = async (req: PayloadRequest, collection: CollectionConfig, doc: ItemShape): Promise<Id[]> => {
  const where = portalsShowingWhere(unitScopedOf(collection)?.inherit ?? 'none', doc)
  return where ? (await findUnits(req, where)).map((unit) => unit.id) : []
}

const queue = async (
  req: PayloadRequest,
  collection: CollectionConfig,
  doc: Record<string, unknown>,
  event: WebhookEvent,
) => {
  const unit = idOf(doc.unit)
  // A bulk import (seeding, migrations of old portals) does not notify portals item by item.
  if (unit === undefined || (req.context as { bulkImport?: boolean }).bulkImport) return
  const units = await portalsShowing(req, collection, doc)
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
    if (webhook.collections?.length && !(webhook.collections as string[]).includes(collection.slug)) continue
    const body = {
      collection: collection.slug,
      event,
      id: String(doc.id),
      occurredAt: new Date().toISOString(),
      portal: String(idOf(webhook.unit)),
      slug: (doc.slug as string | undefined) ?? null,
      unit: String(unit),
    }
    const delivery = await req.payload.create({
      collection: 'webhook-deliveries',
      data: {
        body,
        documentCollection: collection.slug,
        documentId: String(doc.id),
        event,
        unit: webhook.unit as number,
        webhook: webhook.id,
      },
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({
      input: { delivery: String(delivery.id) },
      queue: WEBHOOK_QUEUE,
      req,
      task: DELIVER_TASK,
    })
  }
}

/** Publishing (or saving something published) and unpublishing notify the portals that show the item. */
export const notifyOnChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const unpublishing = Boolean((req.context as { unpublishing?: boolean }).unpublishing)
  const event: WebhookEvent | undefined =
    !hasDrafts(collection) || doc._status === 'published' ? 'publish' : unpublishing ? 'unpublish' : undefined
  if (event) await queue(req, collection, doc, event)
  return doc
}

export const notifyOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (!hasDrafts(collection) || doc._status === 'published') await queue(req, collection, doc, 'unpublish')
  return doc
}

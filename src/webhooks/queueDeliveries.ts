import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  PayloadRequest,
  Where,
} from 'payload'

import { type Id, idOf } from '../base/ids'
import { type ItemShape, portalsShowingWhere } from '../../tenants/rules/inheritance'
import { askOncePerRequest } from '../../tenants/oncePerRequest'
import { findUnits } from '../../tenants/unitQueries'
import { hasDrafts, unitScopedOf } from '../declaration'
import type { WebhookEvent } from './events'

export const DELIVER_TASK = 'deliverWebhook'
export const WEBHOOK_QUEUE = 'webhooks'

/**
 * The units whose portals show the item, as the inheritance rule says (tenants/rules/inheritance.ts). Asked once
 * per request for each answer's question (an import's items of one unit share it).
 */
const portalsShowing = async (req: PayloadRequest, collection: CollectionConfig, doc: ItemShape): Promise<Id[]> => {
  const where = portalsShowingWhere(unitScopedOf(collection)?.inherit ?? 'none', doc)
  if (!where) return []
  return askOncePerRequest(req, `units ${JSON.stringify(where)}`, async () =>
    (await findUnits(req, where)).map(({ id }) => id),
  )
}

/** The active webhooks of these units (and matching `also`), asked once per request. */
const activeWebhooks = async (req: PayloadRequest, units: Id[], also?: Where) =>
  askOncePerRequest(
    req,
    `webhooks ${JSON.stringify([units, also])}`,
    async () =>
      (
        await req.payload.find({
          collection: 'webhooks',
          depth: 0,
          limit: 0,
          overrideAccess: true,
          pagination: false,
          req,
          where: { and: [{ unit: { in: units } }, { active: { equals: true } }, ...(also ? [also] : [])] },
        })
      ).docs,
  )

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
  const webhooks = await activeWebhooks(req, units, { events: { in: [event] } })
  for (const webhook of webhooks) {
    if (webhook.collections?.length && !(webhook.collections as string[]).includes(collection.slug)) continue
    await deliver(req, webhook, {
      collection: collection.slug,
      event,
      id: String(doc.id),
      slug: (doc.slug as string | undefined) ?? null,
      unit: String(unit),
    })
  }
}

type Webhook = { id: Id; unit?: unknown }
type DeliveryBody = { collection: string; event: WebhookEvent; id: string; slug: string | null; unit: string }

/** A delivery of this body to one webhook, queued for the delivery task (retries, signature: deliverTask.ts). */
const deliver = async (req: PayloadRequest, webhook: Webhook, body: DeliveryBody) => {
  const delivery = await req.payload.create({
    collection: 'webhook-deliveries',
    data: {
      body: { ...body, occurredAt: new Date().toISOString(), portal: String(idOf(webhook.unit)) },
      documentCollection: body.collection,
      documentId: body.id,
      event: body.event,
      unit: idOf(webhook.unit) as number,
      webhook: webhook.id as number,
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

/**
 * A reorganisation tells each portal it touched once, whatever events its webhooks chose (a structural change
 * every site must follow): one `reorganise` delivery per active webhook of those units, naming the unit.
 */
export const announceReorganisation = async (req: PayloadRequest, units: Id[]): Promise<number> => {
  if (!units.length) return 0
  const webhooks = await activeWebhooks(req, units)
  for (const webhook of webhooks) {
    const unit = String(idOf(webhook.unit))
    await deliver(req, webhook, { collection: 'units', event: 'reorganise', id: unit, slug: null, unit })
  }
  return webhooks.length
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

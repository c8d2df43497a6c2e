import type { PayloadRequest, TaskConfig } from 'payload'

import { signatureOf } from './signature'
import { DELIVER_TASK } from './queueDeliveries'

const TIMEOUT_MS = 10_000

type Options = { attempts: number; delayMs: number }

const post = async (url: string, secret: string, body: string) => {
  const timestamp = String(Math.floor(Date.now() / 1000))
  try {
    const response = await fetch(url, {
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'agency-portal-cms webhook',
        'x-portal-signature': signatureOf(secret, timestamp, body),
        'x-portal-timestamp': timestamp,
      },
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    return { error: response.ok ? undefined : `HTTP ${response.status}`, status: response.status }
  } catch (error) {
    return { error: (error as Error).message, status: undefined }
  }
}

/**
 * Sends one delivery and writes the outcome to the log. A receiver that fails (not 2xx, or no answer in 10 s)
 * is tried again with exponential backoff (Payload's job retries), `attempts` times in all.
 */
export const deliverWebhookTask = ({ attempts, delayMs }: Options): TaskConfig<never> =>
  ({
    slug: DELIVER_TASK,
    inputSchema: [{ name: 'delivery', type: 'text', required: true }],
    retries: { attempts: attempts - 1, backoff: { delay: delayMs, type: 'exponential' } },
    handler: async ({ input, req }: { input: { delivery: string }; req: PayloadRequest }) => {
      const system = { depth: 0, overrideAccess: true, req } as const
      const delivery = await req.payload.findByID({ ...system, collection: 'webhook-deliveries', id: input.delivery })
      const webhook = await req.payload.findByID({ ...system, collection: 'webhooks', id: delivery.webhook as number })
      const tried = (delivery.attempts ?? 0) + 1
      const { error, status } = await post(webhook.url, webhook.secret ?? '', JSON.stringify(delivery.body))
      await req.payload.update({
        ...system,
        collection: 'webhook-deliveries',
        data: {
          attempts: tried,
          deliveredAt: error ? undefined : new Date().toISOString(),
          lastError: error ?? null,
          lastStatusCode: status ?? null,
          status: !error ? 'delivered' : tried >= attempts ? 'failed' : 'retrying',
        },
        id: delivery.id,
      })
      if (error) throw new Error(`Webhook ${webhook.url}: ${error}`)
      return { output: {} }
    },
  }) as unknown as TaskConfig<never>

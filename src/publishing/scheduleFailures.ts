import type { CollectionSlug, Payload } from 'payload'

import { idOf } from '../base/ids'
import { vietnamDateTime } from '../base/time/vietnamDay'
import { type ScheduleFailure, scheduledActionOf, scheduledDocumentOf } from '../internals/schedulePublishJob'
import { notify } from '../notifications/notify'
import { documentTitle } from './documentTitle'

/** The reason a publication failed, as people can act on it: the fields named, else the error's message. */
const reasonOf = (error: unknown): string => {
  const fields = (error as { data?: { errors?: Array<{ message?: string; path?: string }> } }).data?.errors
  if (fields?.length) return fields.map((field) => `${field.path}: ${field.message}`).join('; ')
  return error instanceof Error ? error.message : String(error)
}

/**
 * Tells the person who scheduled a publication (or unpublication) that it failed at its time, with the reason
 * and a link to the item: before, the schedule vanished and the error went to a log nobody reads.
 */
export const tellSchedulerOfFailure = async ({ error, input }: ScheduleFailure, payload: Payload): Promise<void> => {
  const target = scheduledDocumentOf(input)
  const scheduler = idOf((input as { user?: { value?: unknown } } | null)?.user?.value)
  if (!target || scheduler === undefined) return
  const collection = payload.collections[target.collection as CollectionSlug]?.config
  const doc = await payload
    .findByID({ collection: target.collection as never, depth: 0, draft: true, id: target.id, overrideAccess: true })
    .catch(() => null)
  const name = documentTitle(collection, (doc as Record<string, unknown> | null) ?? { id: target.id })
  const publish = scheduledActionOf(input) === 'publish'
  const what = publish ? 'xuất bản' : 'gỡ xuất bản'
  await notify(payload, {
    kind: 'schedule-failed',
    link: `/admin/collections/${target.collection}/${target.id}`,
    message: `Hẹn giờ ${what} «${name}» không thực hiện được lúc ${vietnamDateTime(new Date())}: ${reasonOf(error)}. Hãy sửa mục này rồi hẹn giờ lại.`,
    recipient: scheduler,
    title: `Không ${what} được «${name}»`.slice(0, 300),
  })
}

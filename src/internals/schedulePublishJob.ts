import type { Where } from 'payload'

import type { TaskSchedulePublish } from '../../payload-types'

/**
 * The admin panel's scheduling drawer queues Payload's built-in `schedulePublish` task with an input whose shape
 * Payload does not export (packages/payload/src/versions/schedule/job.ts): the document as a polymorphic
 * relationship, the action as `type`, the person as `user`. The scheduling endpoint queues and lists the same
 * jobs, so both stay one list. Checked against the task's own input schema by schedulePublishJob.test.ts.
 */
export const SCHEDULE_PUBLISH_TASK = 'schedulePublish'

export type ScheduleAction = 'publish' | 'unpublish'

/**
 * The generated type says `value: number` (SQL ids) and lists the drafted collections; ids are text on MongoDB
 * and the listing below matches the id as text, so it is stored as text.
 */
export const schedulePublishInput = (
  collection: string,
  id: number | string,
  action: ScheduleAction,
  userId: number | string,
): TaskSchedulePublish['input'] =>
  ({
    doc: { relationTo: collection, value: String(id) },
    type: action,
    user: { relationTo: 'users', value: userId },
  }) as unknown as TaskSchedulePublish['input']

/** The jobs still to run for one document. */
export const pendingSchedulesWhere = (collection: string, id: number | string): Where => ({
  and: [
    { taskSlug: { equals: SCHEDULE_PUBLISH_TASK } },
    { 'input.doc.relationTo': { equals: collection } },
    { 'input.doc.value': { equals: String(id) } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
  ],
})

export const scheduledActionOf = (input: unknown): ScheduleAction =>
  (input as { type?: string } | null)?.type === 'unpublish' ? 'unpublish' : 'publish'

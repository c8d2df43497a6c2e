import type { Payload, SanitizedConfig, Where } from 'payload'

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

/** The document a schedulePublish job's input names (its id as stored: text or a number). */
export const scheduledDocumentOf = (input: unknown): { collection: string; id: number | string } | undefined => {
  const doc = (input as { doc?: { relationTo?: unknown; value?: unknown } } | null)?.doc
  const value = doc?.value && typeof doc.value === 'object' ? (doc.value as { id?: unknown }).id : doc?.value
  if (typeof doc?.relationTo !== 'string' || (typeof value !== 'string' && typeof value !== 'number')) return undefined
  return { collection: doc.relationTo, id: value }
}

export type ScheduleFailure = { error: unknown; input: unknown }

/**
 * Runs `report` when Payload's `schedulePublish` task fails, then fails the job as before. Payload's `onFail`
 * callback is not given the error, so the task's handler (a function on the sanitized config) is wrapped instead;
 * schedulePublishJob.test.ts fails if the task stops being there in that shape.
 */
export const reportScheduleFailures = (
  config: SanitizedConfig,
  report: (failure: ScheduleFailure, payload: Payload) => Promise<void>,
): SanitizedConfig => {
  const task = config.jobs?.tasks?.find((each) => each.slug === SCHEDULE_PUBLISH_TASK)
  if (!task || typeof task.handler !== 'function') return config
  const handler = task.handler
  const wrapped: typeof handler = async (args) => {
    try {
      return await handler(args)
    } catch (error) {
      // A report that cannot be made is logged; the job still fails with its own error.
      await report({ error, input: args.input }, args.req.payload).catch((reportError: unknown) =>
        args.req.payload?.logger?.error({ err: reportError, msg: 'could not report a failed scheduled publication' }),
      )
      throw error
    }
  }
  task.handler = wrapped
  return config
}

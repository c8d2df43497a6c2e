import type { Field } from 'payload'

import { createConfig } from '../config/createConfig'
import { readSettings } from '../settings/settings'
import { reportScheduleFailures, SCHEDULE_PUBLISH_TASK, schedulePublishInput } from './schedulePublishJob'

/**
 * The input we queue must be the input Payload's own `schedulePublish` task declares
 * (packages/payload/src/versions/schedule/job.ts), or scheduled changes queued through the API never run.
 */
describe('the schedulePublish job input', () => {
  it('names exactly the fields of the task’s input schema, with the actions it accepts', async () => {
    const config = await createConfig(
      readSettings({ DATABASE_URI: 'file::memory:', NODE_ENV: 'test', PAYLOAD_SECRET: 'x'.repeat(32) }),
    )
    const task = config.jobs.tasks?.find((each) => each.slug === SCHEDULE_PUBLISH_TASK)
    expect(task).toBeDefined()
    const fields = (task!.inputSchema ?? []) as Field[]
    const named = new Map(fields.flatMap((field) => ('name' in field ? [[field.name, field] as const] : [])))
    const input = schedulePublishInput('news', 1, 'unpublish', 2)
    for (const key of Object.keys(input)) expect({ key, declared: named.has(key) }).toEqual({ key, declared: true })
    const type = named.get('type') as { options?: Array<string | { value: string }> }
    const actions = (type.options ?? []).map((option) => (typeof option === 'string' ? option : option.value))
    expect(actions).toEqual(expect.arrayContaining(['publish', 'unpublish']))
    expect((named.get('doc') as { relationTo?: unknown }).relationTo).toEqual(
      expect.arrayContaining(['news', 'procedures']),
    )
  })
})

describe('reporting failed scheduled publications', () => {
  it('finds Payload’s schedulePublish task as a function it can wrap, and reports the error before failing', async () => {
    const config = await createConfig(
      readSettings({ DATABASE_URI: 'file::memory:', NODE_ENV: 'test', PAYLOAD_SECRET: 'x'.repeat(32) }),
    )
    const task = config.jobs.tasks?.find((each) => each.slug === SCHEDULE_PUBLISH_TASK)
    // Our createConfig wrapped it already; wrapping again must keep the shape and report once more.
    expect(typeof task?.handler).toBe('function')
    const reported: unknown[] = []
    reportScheduleFailures(config, async ({ error }) => {
      reported.push(error)
    })
    const failing = { input: { doc: { relationTo: 'news', value: '1' } }, req: { payload: {} } }
    const handler = task!.handler as unknown as (args: unknown) => Promise<unknown>
    // The payload stub has no findByID: Payload's handler (or ours around it) fails, and the failure is reported.
    await expect(handler(failing)).rejects.toBeDefined()
    expect(reported).toHaveLength(1)
  })
})

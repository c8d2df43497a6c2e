import { addDataAndFileToRequest, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'

import {
  pendingSchedulesWhere,
  SCHEDULE_PUBLISH_TASK,
  scheduledActionOf,
  schedulePublishInput,
} from '../../internals/schedulePublishJob'
import { recordSchedule } from '../../audit/schedule'
import { idOf } from '../../base/ids'
import { scopeIncludes, unitScope } from '../../../tenants/scope'
import { scheduleProblems, scheduleRefusal } from '../../publishing/scheduleChecks'
import { refuse } from './refuse'

/** The item the request names, as its caller may read it (null when missing or out of their units). */
const targetOf = async (req: PayloadRequest) => {
  const collection = req.routeParams?.collection as CollectionSlug
  const id = req.routeParams?.id as string
  const doc = await req.payload
    .findByID({
      collection,
      depth: 0,
      draft: true,
      id,
      overrideAccess: false,
      req,
      user: req.user,
    })
    .catch(() => null)
  return doc ? { collection, doc: doc as { id: number | string; unit?: unknown } } : null
}

const upcoming = async (req: PayloadRequest, collection: string, id: number | string) => {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    sort: 'waitUntil',
    where: pendingSchedulesWhere(collection, id),
  })
  return docs.map((job) => ({ action: scheduledActionOf(job.input), at: job.waitUntil, id: job.id }))
}

/**
 * `POST /api/<collection>/:id/schedule` with `{ action: 'publish' | 'unpublish', at }` queues a publication change
 * for a future time, as the admin panel's schedule drawer does; `GET` lists what is scheduled. Only people who
 * may publish in the item's unit can schedule, and the change later runs with their rights at that moment.
 */
export const scheduleEndpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/:id/schedule',
    handler: async (req) => {
      if (!req.user)
        return refuse(req, 401, { en: 'Sign in to see scheduled changes.', vi: 'Cần đăng nhập để xem lịch xuất bản.' })
      const target = await targetOf(req)
      if (!target)
        return refuse(req, 404, {
          en: 'No such item in your units.',
          vi: 'Không tìm thấy mục này trong đơn vị của bạn.',
        })
      return Response.json({ docs: await upcoming(req, target.collection, target.doc.id) })
    },
  },
  {
    method: 'post',
    path: '/:id/schedule',
    handler: async (req) => {
      if (!req.user)
        return refuse(req, 401, { en: 'Sign in to schedule publishing.', vi: 'Cần đăng nhập để hẹn giờ xuất bản.' })
      await addDataAndFileToRequest(req)
      const { action = 'publish', at } = (req.data ?? {}) as { action?: string; at?: string }
      if (action !== 'publish' && action !== 'unpublish') {
        return refuse(
          req,
          400,
          { en: 'action must be "publish" or "unpublish".', vi: 'action phải là "publish" hoặc "unpublish".' },
          'action',
        )
      }
      const when = at ? new Date(at) : undefined
      if (!when || Number.isNaN(when.getTime()) || when.getTime() <= Date.now()) {
        return refuse(
          req,
          400,
          {
            en: 'at must be a date and time in the future (ISO 8601).',
            vi: 'at phải là thời điểm trong tương lai (ISO 8601).',
          },
          'at',
        )
      }
      const target = await targetOf(req)
      if (!target)
        return refuse(req, 404, {
          en: 'No such item in your units.',
          vi: 'Không tìm thấy mục này trong đơn vị của bạn.',
        })
      if (!scopeIncludes(await unitScope(req, 'publish'), idOf(target.doc.unit))) {
        return refuse(req, 403, {
          en: 'Only people who may publish in this unit can schedule.',
          vi: 'Chỉ người có quyền xuất bản của đơn vị mới được hẹn giờ.',
        })
      }
      const problems = action === 'publish' ? await scheduleProblems(req, target.collection, target.doc.id) : []
      if (problems.length > 0) {
        return Response.json(
          {
            errors: problems.map((problem) => ({
              field: problem.path,
              message: `${scheduleRefusal(req)}${problem.message}`,
            })),
          },
          { status: 400 },
        )
      }
      const job = await req.payload.jobs.queue({
        input: schedulePublishInput(target.collection, target.doc.id, action, req.user.id),
        req,
        task: SCHEDULE_PUBLISH_TASK,
        waitUntil: when,
      })
      await recordSchedule(req, { action, at: when, collection: target.collection, id: target.doc.id })
      return Response.json({ action, at: when.toISOString(), id: job.id }, { status: 201 })
    },
  },
]

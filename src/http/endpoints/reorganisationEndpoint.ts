import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { inLanguage } from '../../base/errors/fieldError'
import { runStatus, startApplying } from '../../reorganisation/background'
import { planAgainstNow, planRowsOf } from '../../reorganisation/planFile'
import { planSummary } from '../../reorganisation/rules/summary'
import { collectionLabels } from '../../reorganisation/state'
import { onlySuperAdmins, refuse } from './refuse'
import { uploadedRecords } from './uploadedRecords'

/** A plan file is a few hundred rows; a whole country's communes would be under 1 MB. */
const MAX_PLAN_BYTES = 4 * 1024 * 1024

const DOING = { en: 'reorganise units', vi: 'sắp xếp đơn vị' }

/**
 * `POST /api/reorganisation` (multipart: `file` a plan, .csv or .json; `apply` true in `_payload` or the query
 * string to carry it out): the plan of the file against the units as they stand (steps, people affected, totals,
 * refusals), as `npm run reorganise -- plan` prints it; with `apply` and no refusal, it starts applying in the
 * background and answers 202. `GET /api/reorganisation`: how the run stands. Super-admins only.
 */
export const reorganisationEndpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/reorganisation',
    handler: (req) =>
      onlySuperAdmins(req, DOING) ?? Response.json(runStatus(), { headers: { 'cache-control': 'no-store, private' } }),
  },
  {
    method: 'post',
    path: '/reorganisation',
    handler: async (req) => {
      const refused = onlySuperAdmins(req, DOING)
      if (refused) return refused
      await addDataAndFileToRequest(req)
      const data = (req.data ?? {}) as { apply?: unknown }
      data.apply ??= req.searchParams.get('apply') ?? undefined
      const uploaded = uploadedRecords(req, MAX_PLAN_BYTES)
      if (uploaded instanceof Response) return uploaded
      const rows = planRowsOf(uploaded.records)
      const plan = await planAgainstNow(req.payload, rows)
      const answer = {
        pending: plan.steps.filter((step) => !step.done).length,
        people: plan.people.length,
        refusals: plan.refusals.map((refusal) => ({ ...refusal, reason: inLanguage(req, refusal.reason) })),
        steps: plan.steps.length,
        summary: planSummary(plan, collectionLabels(req.payload)),
      }
      const apply = data.apply === true || data.apply === 'true'
      if (!apply || plan.refusals.length || answer.pending === 0)
        return Response.json({ ...answer, applying: false }, { headers: { 'cache-control': 'no-store, private' } })
      if (!startApplying(req.payload, plan, req.user!))
        return refuse(req, 409, {
          en: 'A reorganisation is already under way; wait for it to finish.',
          vi: 'Đang có một lần sắp xếp đơn vị chạy; hãy chờ xong.',
        })
      return Response.json(
        { ...answer, applying: true },
        { headers: { 'cache-control': 'no-store, private' }, status: 202 },
      )
    },
  },
]

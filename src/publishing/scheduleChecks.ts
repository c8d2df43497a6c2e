import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { inLanguage } from '../base/errors/fieldError'
import { publishProblems } from './publishProblems'

/** The problems of the document a publication is scheduled for, as messages naming their fields. */
export const scheduleProblems = async (req: PayloadRequest, collection: string, id: number | string) => {
  const doc = await req.payload
    .findByID({ collection: collection as never, depth: 0, draft: true, id, overrideAccess: true, req })
    .catch(() => null)
  if (!doc) return []
  return publishProblems(req, collection, doc as Record<string, unknown> & { id: number | string })
}

export const scheduleRefusal = (req: PayloadRequest) =>
  inLanguage(req, {
    en: 'This item cannot be published yet, so its publication cannot be scheduled: ',
    vi: 'Mục này chưa thể xuất bản nên không hẹn giờ xuất bản được: ',
  })

/**
 * The admin panel's schedule drawer queues its job without a request, through a server function whose own error
 * text is English and says nothing of the reason; the admin layout asks this first and shows its answer instead.
 * Answers the refusal (fields and reasons, in Vietnamese) or undefined when the publication may be scheduled.
 */
export const drawerScheduleRefusal = async (
  payload: Payload,
  headers: Headers,
  args: { doc?: { relationTo?: string; value?: number | string }; type?: string },
): Promise<string | undefined> => {
  if (args.type !== 'publish' || !args.doc?.relationTo || args.doc.value === undefined) return undefined
  const { user } = await payload.auth({ headers })
  if (!user) return undefined
  const req = await createLocalReq({ user }, payload)
  const problems = await scheduleProblems(req, args.doc.relationTo, args.doc.value)
  if (problems.length === 0) return undefined
  return `${scheduleRefusal(req)}${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`
}

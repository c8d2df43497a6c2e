import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Field, FieldAccess } from 'payload'

import { fieldError } from '../base/errors/fieldError'
import { type Id, idOf } from '../base/ids'
import { notify } from '../notifications/notify'
import { documentTitle } from './documentTitle'
import { peopleWhoCan, scopeIncludes, unitScope } from '../../tenants/scope'
import { REVIEW_LABELS, REVIEW_STATUSES, type ReviewStatus, reviewNoticeOf, reviewOutcome } from './rules/review'

/** Who wrote, changed, submitted and published an item: for its unit's people, not for the public API. */
const staffOnly: FieldAccess = ({ req }) => Boolean(req.user)
const systemSet = { create: () => false, read: staffOnly, update: () => false }

const person = (name: string, label: { en: string; vi: string }): Field => ({
  name,
  type: 'relationship',
  access: systemSet,
  admin: { position: 'sidebar', readOnly: true },
  label,
  relationTo: 'users',
})

/** The fields the review adds to every collection with drafts. */
export const reviewFields: Field[] = [
  {
    name: 'reviewStatus',
    type: 'select',
    access: { read: staffOnly },
    admin: {
      description: {
        en: 'Submit for approval when the item is ready; an approver publishes it or sends it back with a comment.',
        vi: 'Chọn "Chờ duyệt" khi đã soạn xong để gửi duyệt; người duyệt xuất bản hoặc trả lại kèm ý kiến.',
      },
      isClearable: false,
      position: 'sidebar',
    },
    defaultValue: 'in-progress',
    index: true,
    label: { en: 'Review', vi: 'Trạng thái duyệt' },
    options: REVIEW_STATUSES.map((value) => ({ label: REVIEW_LABELS[value], value })),
  },
  {
    name: 'reviewNote',
    type: 'textarea',
    access: { read: staffOnly },
    admin: { position: 'sidebar' },
    label: { en: 'Approver’s comment', vi: 'Ý kiến của người duyệt' },
    maxLength: 2000,
  },
  person('createdBy', { en: 'Created by', vi: 'Người tạo' }),
  person('updatedBy', { en: 'Last changed by', vi: 'Người sửa gần nhất' }),
  person('submittedBy', { en: 'Submitted by', vi: 'Người gửi duyệt' }),
  person('publishedBy', { en: 'Approved and published by', vi: 'Người duyệt và xuất bản' }),
]

/**
 * Keeps the review status and the people of an item: who created it, changed it last, submitted it and
 * published it; refuses what the review rules refuse (src/publishing/rules/review.ts), naming the field.
 */
export const recordReview: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const user = req.user?.collection === 'users' ? req.user : undefined
  const unit = idOf(data.unit ?? originalDoc?.unit)
  const canPublish = unit !== undefined && scopeIncludes(await unitScope(req, 'publish'), unit)
  const previous = originalDoc?.reviewStatus as ReviewStatus | undefined
  const asked =
    data.reviewStatus !== undefined && data.reviewStatus !== previous ? (data.reviewStatus as ReviewStatus) : undefined
  const outcome = reviewOutcome({
    asked,
    canPublish: canPublish || !user,
    note: data.reviewNote ?? originalDoc?.reviewNote,
    previous: operation === 'create' ? undefined : (previous ?? 'in-progress'),
    publishing: data._status === 'published',
  })
  if ('refused' in outcome) throw fieldError(req, collection.slug, outcome.field, outcome.refused)
  const next: Record<string, unknown> = { ...data, reviewStatus: outcome.status }
  if (user) {
    if (operation === 'create') next.createdBy = user.id
    next.updatedBy = user.id
    if (outcome.status === 'submitted' && previous !== 'submitted') next.submittedBy = user.id
    if (outcome.status === 'approved' && data._status === 'published') next.publishedBy = user.id
  }
  // A resubmitted or published item starts its next review without the last comment.
  if (outcome.status === 'submitted' || outcome.status === 'approved') {
    if (previous === 'returned') next.reviewNote = null
  }
  return next
}

/** Tells the people concerned of a submission (the unit's approvers), a sending back and a publication (the author). */
export const announceReview: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const notice = reviewNoticeOf(previousDoc?.reviewStatus, doc.reviewStatus)
  if (!notice) return doc
  const actor = req.user?.id
  const title = documentTitle(collection, doc)
  const link = `/admin/collections/${collection.slug}/${doc.id}`
  const author = idOf(doc.submittedBy) ?? idOf(doc.createdBy)
  const recipients: Id[] =
    notice === 'submitted' ? await peopleWhoCan(req, 'publish', idOf(doc.unit)!) : author !== undefined ? [author] : []
  const words = {
    approved: { message: `«${title}» đã được duyệt và xuất bản.`, title: `Đã xuất bản: «${title}»` },
    returned: {
      message: `«${title}» bị trả lại. Ý kiến của người duyệt: ${doc.reviewNote ?? ''}`,
      title: `Bị trả lại: «${title}»`,
    },
    submitted: { message: `«${title}» đang chờ bạn duyệt.`, title: `Chờ duyệt: «${title}»` },
  }[notice]
  for (const recipient of recipients) {
    if (actor !== undefined && String(recipient) === String(actor)) continue
    await notify(req.payload, { kind: `review-${notice}`, link, recipient, ...words }, req)
  }
  return doc
}

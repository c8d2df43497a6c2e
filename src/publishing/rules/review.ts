/**
 * The review of an item before it is published (Gửi duyệt → Chờ duyệt → xuất bản, or Trả lại with a comment).
 * Pure: given what the item was, what the save asks for and what the person may do, the status to store or the
 * reason to refuse.
 */
export const REVIEW_STATUSES = ['in-progress', 'submitted', 'returned', 'approved'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const REVIEW_LABELS: Record<ReviewStatus, { en: string; vi: string }> = {
  approved: { en: 'Approved (published)', vi: 'Đã duyệt' },
  'in-progress': { en: 'Being written', vi: 'Đang soạn' },
  returned: { en: 'Sent back', vi: 'Bị trả lại' },
  submitted: { en: 'Waiting for approval', vi: 'Chờ duyệt' },
}

export type ReviewChange = {
  /** The status asked for by this save (undefined: not touched). */
  asked?: ReviewStatus
  /** The person may publish in the item's unit (an approver or unit admin). */
  canPublish: boolean
  /** The comment stored with the item after this save. */
  note?: string | null
  /** The status before this save (undefined: a new item). */
  previous?: ReviewStatus
  /** This save publishes the item. */
  publishing: boolean
}

export type ReviewField = 'reviewNote' | 'reviewStatus'

export type ReviewOutcome = { status: ReviewStatus } | { field: ReviewField; refused: { en: string; vi: string } }

export const reviewOutcome = ({ asked, canPublish, note, previous, publishing }: ReviewChange): ReviewOutcome => {
  if (publishing) return { status: 'approved' }
  if (asked === 'approved' && previous !== 'approved') {
    return {
      field: 'reviewStatus',
      refused: {
        en: 'An item is approved by publishing it.',
        vi: 'Mục được duyệt bằng cách xuất bản.',
      },
    }
  }
  if (asked === 'returned' && previous !== 'returned') {
    if (!canPublish) {
      return {
        field: 'reviewStatus',
        refused: {
          en: 'Only people who may publish in this unit can send an item back.',
          vi: 'Chỉ người có quyền duyệt của đơn vị mới được trả lại.',
        },
      }
    }
    if (!note?.trim()) {
      return {
        field: 'reviewNote',
        refused: {
          en: 'Say why the item is sent back, so its author knows what to change.',
          vi: 'Hãy ghi ý kiến khi trả lại, để người soạn biết cần sửa gì.',
        },
      }
    }
  }
  if (asked) return { status: asked }
  // A new draft of an approved (published) item is being written again.
  if (previous === 'approved' || previous === undefined) return { status: 'in-progress' }
  return { status: previous }
}

/** Who is told of a change of review status. */
export type ReviewNotice = 'approved' | 'returned' | 'submitted'

export const reviewNoticeOf = (previous: ReviewStatus | undefined, next: ReviewStatus): ReviewNotice | undefined =>
  previous === next ? undefined : next === 'in-progress' ? undefined : next

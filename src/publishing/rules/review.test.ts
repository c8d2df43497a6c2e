import { reviewNoticeOf, reviewOutcome } from './review'

describe('reviewOutcome', () => {
  const editor = { canPublish: false, publishing: false }
  const approver = { canPublish: true, publishing: false }

  it('starts a new item as being written, and lets its author submit it', () => {
    expect(reviewOutcome({ ...editor })).toEqual({ status: 'in-progress' })
    expect(reviewOutcome({ ...editor, asked: 'submitted', previous: 'in-progress' })).toEqual({ status: 'submitted' })
    expect(reviewOutcome({ ...editor, asked: 'submitted', previous: 'returned' })).toEqual({ status: 'submitted' })
  })

  it('keeps the status through edits, and reopens a published item when a new draft is written', () => {
    expect(reviewOutcome({ ...editor, previous: 'submitted' })).toEqual({ status: 'submitted' })
    expect(reviewOutcome({ ...editor, previous: 'approved' })).toEqual({ status: 'in-progress' })
  })

  it('approves by publishing, never by setting the status', () => {
    expect(reviewOutcome({ ...approver, previous: 'submitted', publishing: true })).toEqual({ status: 'approved' })
    expect(reviewOutcome({ ...approver, asked: 'approved', previous: 'submitted' })).toMatchObject({
      field: 'reviewStatus',
    })
  })

  it('lets only approvers send back, and only with a comment', () => {
    expect(reviewOutcome({ ...editor, asked: 'returned', note: 'Sửa', previous: 'submitted' })).toMatchObject({
      field: 'reviewStatus',
    })
    expect(reviewOutcome({ ...approver, asked: 'returned', note: '  ', previous: 'submitted' })).toMatchObject({
      field: 'reviewNote',
    })
    expect(reviewOutcome({ ...approver, asked: 'returned', note: 'Thiếu ảnh', previous: 'submitted' })).toEqual({
      status: 'returned',
    })
  })
})

describe('reviewNoticeOf', () => {
  it('tells people of a submission, a sending back and an approval, once', () => {
    expect(reviewNoticeOf('in-progress', 'submitted')).toBe('submitted')
    expect(reviewNoticeOf('submitted', 'returned')).toBe('returned')
    expect(reviewNoticeOf('submitted', 'approved')).toBe('approved')
    expect(reviewNoticeOf('submitted', 'submitted')).toBeUndefined()
    expect(reviewNoticeOf(undefined, 'in-progress')).toBeUndefined()
  })
})

import { currentStatus, mayChangeStatus } from './status'

describe('invitation status', () => {
  const now = new Date('2026-11-27T10:00:00Z')

  it('is expired once a pending link has run out, and otherwise as stored', () => {
    expect(currentStatus('pending', '2026-11-27T09:59:59Z', now)).toBe('expired')
    expect(currentStatus('pending', '2026-11-30T10:00:00Z', now)).toBe('pending')
    expect(currentStatus('accepted', '2026-11-01T00:00:00Z', now)).toBe('accepted')
    expect(currentStatus('revoked', undefined, now)).toBe('revoked')
  })

  it('can only be revoked while pending', () => {
    expect(mayChangeStatus('pending', 'revoked')).toBe(true)
    expect(mayChangeStatus('pending', 'pending')).toBe(true)
    expect(mayChangeStatus('accepted', 'revoked')).toBe(false)
    expect(mayChangeStatus('pending', 'accepted')).toBe(false)
    expect(mayChangeStatus('revoked', 'pending')).toBe(false)
  })
})

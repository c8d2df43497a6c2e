import { vietnamDateTime, vietnamDay, vietnamTableDate } from './vietnamDay'

describe('Vietnam time', () => {
  it('gives the day a moment falls on in Vietnam', () => {
    expect(vietnamDay('2026-06-30T17:00:00Z')).toBe('2026-07-01')
    expect(vietnamDay('2026-06-30T16:59:59Z')).toBe('2026-06-30')
    expect(vietnamDay('not a date')).toBeUndefined()
  })

  it('writes a moment with a 24-hour clock, day first, in Vietnam time', () => {
    expect(vietnamDateTime('2026-06-30T17:05:00Z')).toBe('00:05 01/07/2026')
    expect(vietnamDateTime(new Date('2026-11-27T08:30:00Z'))).toBe('15:30 27/11/2026')
  })

  it('writes a moment for tables day first, or the day alone, whatever the process’s zone', () => {
    expect(vietnamTableDate('2026-06-30T17:05:00Z')).toBe('01/07/2026 00:05')
    expect(vietnamTableDate('2026-06-30T17:00:00Z', false)).toBe('01/07/2026')
    expect(vietnamTableDate(null)).toBe('')
    expect(vietnamTableDate('not a date')).toBe('')
  })
})

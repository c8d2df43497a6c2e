/** Vietnam keeps UTC+7 all year (no daylight saving). */
const OFFSET_MS = 7 * 60 * 60 * 1000

/**
 * The calendar day (YYYY-MM-DD) a moment falls on in Vietnam. Legal dates are days, but the admin panel stores a
 * picked day as local midnight (2026-07-01 in Hà Nội is 2026-06-30T17:00Z), so days are compared in Vietnam time.
 */
export const vietnamDay = (value: Date | string | null | undefined): string | undefined => {
  if (!value) return undefined
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? undefined : new Date(time + OFFSET_MS).toISOString().slice(0, 10)
}

/** A moment as people in Vietnam write it: "08:30 01/07/2026" (24-hour clock, day first, Vietnam time). */
export const vietnamDateTime = (value: Date | string): string => {
  const shifted = new Date(new Date(value).getTime() + OFFSET_MS).toISOString()
  const [date, time] = [shifted.slice(0, 10), shifted.slice(11, 16)]
  const [year, month, day] = date.split('-')
  return `${time} ${day}/${month}/${year}`
}

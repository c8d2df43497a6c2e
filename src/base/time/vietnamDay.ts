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

/** The parts of a moment in Vietnam time: "01/07/2026" and "08:30". */
const vietnamParts = (value: Date | string) => {
  const shifted = new Date(new Date(value).getTime() + OFFSET_MS).toISOString()
  const [year, month, day] = shifted.slice(0, 10).split('-')
  return { day: `${day}/${month}/${year}`, time: shifted.slice(11, 16) }
}

/** A moment as people in Vietnam write it in a sentence: "lúc 08:30 01/07/2026" (24-hour clock, Vietnam time). */
export const vietnamDateTime = (value: Date | string): string => {
  const { day, time } = vietnamParts(value)
  return `${time} ${day}`
}

/**
 * A moment as the admin panel's fields and tables show it, day first: "01/07/2026 08:30", or "01/07/2026" for a
 * day; in Vietnam time whatever the browser's zone. Empty for a missing or unreadable value.
 */
export const vietnamTableDate = (value: Date | string | null | undefined, withTime = true): string => {
  if (!value || Number.isNaN(new Date(value).getTime())) return ''
  const { day, time } = vietnamParts(value)
  return withTime ? `${day} ${time}` : day
}

import type { Field, Plugin } from 'payload'

import { eachField } from './edit'

/** How Vietnamese write dates: day first, 24-hour clock. */
export const VIETNAMESE_DAY = 'dd/MM/yyyy'
export const VIETNAMESE_MOMENT = 'dd/MM/yyyy HH:mm'

const withVietnameseDate = (field: Field): Field => {
  if (field.type !== 'date' || field.admin?.date?.displayFormat) return field
  const dayOnly = field.admin?.date?.pickerAppearance === 'dayOnly'
  return {
    ...field,
    admin: {
      ...field.admin,
      date: {
        ...field.admin?.date,
        displayFormat: dayOnly ? VIETNAMESE_DAY : VIETNAMESE_MOMENT,
        timeFormat: 'HH:mm',
      },
    },
  } as Field
}

/**
 * Date fields show and take dates as Vietnamese write them (27/11/2026 11:45), not the date picker's default
 * ("thg 11 27, 2026 11:45 AM"): every date field without a format of its own gets one.
 */
export const vietnameseDates = (): Plugin =>
  eachField(withVietnameseDate)

import type { CollectionConfig, Field, Plugin } from 'payload'

import { eachCollection, hasField, mapFields } from './edit'

/** How Vietnamese write dates: day first, 24-hour clock. */
export const VIETNAMESE_DAY = 'dd/MM/yyyy'
export const VIETNAMESE_MOMENT = 'dd/MM/yyyy HH:mm'

const CELL = '/src/admin/VietnamDateCell#VietnamDateCell'

const withVietnameseDate = (field: Field): Field => {
  if (field.type !== 'date') return field
  const dayOnly = field.admin?.date?.pickerAppearance === 'dayOnly'
  return {
    ...field,
    admin: {
      ...field.admin,
      components: { Cell: { clientProps: { dayOnly }, path: CELL }, ...field.admin?.components },
      date: field.admin?.date?.displayFormat
        ? field.admin.date
        : { ...field.admin?.date, displayFormat: dayOnly ? VIETNAMESE_DAY : VIETNAMESE_MOMENT, timeFormat: 'HH:mm' },
    },
  } as Field
}

/**
 * Payload's own timestamps, declared as Payload would add them (same columns and indexes: no migration) so
 * that their list cells show Vietnam time too; collections that declare them keep theirs.
 */
const timestamps = (collection: CollectionConfig): Field[] =>
  collection.timestamps === false
    ? []
    : (['updatedAt', 'createdAt'] as const)
        .filter((name) => !hasField(collection.fields, name))
        .map((name) => ({
          name,
          type: 'date' as const,
          admin: { disableBulkEdit: true, hidden: true },
          index: true,
          label: ({ t }: { t: (key: 'general:updatedAt' | 'general:createdAt') => string }) => t(`general:${name}`),
        }))

/**
 * Date fields show and take dates as Vietnamese write them (27/11/2026 11:45), not the date picker's default
 * ("thg 11 27, 2026 11:45 AM"), and lists show them in Vietnam time: every date field without a format of its
 * own gets one, and Payload's timestamps are declared here to get the same list cell.
 */
export const vietnameseDates = (): Plugin =>
  eachCollection((collection) => ({
    ...collection,
    fields: mapFields([...collection.fields, ...timestamps(collection)], withVietnameseDate),
  }))

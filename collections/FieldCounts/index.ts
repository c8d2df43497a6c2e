import { declare, systemWide } from '../../src/declaration'

const nobody = () => false

/**
 * The counts of published items per value of a field (procedures per field), one row per collection and
 * offering (the items of a unit, or those it marks for a level): kept by src/fieldCounts as items are written,
 * read by portals' home pages. Only the system reads and writes them.
 */
export const FieldCounts = declare(systemWide({ audit: false, public: false }), {
  slug: 'field-counts',
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  graphQL: false,
  typescript: { interface: 'FieldCountRow' },
  labels: {
    plural: { en: 'Item counts', vi: 'Số liệu đếm' },
    singular: { en: 'Item count', vi: 'Số liệu đếm' },
  },
  fields: [
    // `procedures:12` (unit 12's procedures) or `procedures:12>commune` (those unit 12 shows on communes).
    { name: 'key', type: 'text', index: true, maxLength: 200, required: true, unique: true },
    // { [locale]: { [value]: count } }
    { name: 'counts', type: 'json', required: true },
  ],
})

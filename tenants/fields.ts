import type { Field } from 'payload'

import { LEVEL_LABELS } from './levels'

/**
 * Lets a parent unit publish an item once for every sub-unit portal of the chosen levels (e.g. the province's
 * commune-level procedures on all 172 commune portals).
 */
export const showOnSubunitsField: Field = {
  name: 'showOnSubunits',
  type: 'select',
  admin: {
    description: {
      en: 'Also list this item on the portals of the sub-units of these levels',
      vi: 'Hiển thị cả trên cổng của các đơn vị cấp dưới thuộc các cấp này',
    },
    position: 'sidebar',
  },
  hasMany: true,
  index: true,
  label: { en: 'Show on sub-unit portals', vi: 'Hiển thị trên cổng đơn vị cấp dưới' },
  options: (['department', 'district', 'commune'] as const).map((value) => ({ label: LEVEL_LABELS[value], value })),
}

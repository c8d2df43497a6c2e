import type { Field } from 'payload'

import { LEVEL_LABELS } from './levels'
import { ROLE_LABELS, ROLES } from './roles'

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

/**
 * A role in a unit, as people hold it (a user's assignments) and as they are invited to it (an invitation):
 * the unit, the role, and whether it extends to every sub-unit. `fixed` makes them unchangeable once stored.
 */
export const roleInUnitRow = ({ fixed = false }: { fixed?: boolean } = {}): Field => {
  const access = fixed ? { access: { update: () => false } } : {}
  return {
    type: 'row',
    fields: [
      {
        name: 'unit',
        type: 'relationship',
        ...access,
        index: true,
        label: { en: 'Unit', vi: 'Đơn vị' },
        relationTo: 'units',
        required: true,
      },
      {
        name: 'role',
        type: 'select',
        ...access,
        defaultValue: 'editor',
        label: { en: 'Role', vi: 'Vai trò' },
        options: ROLES.map((value) => ({ label: ROLE_LABELS[value], value })),
        required: true,
      },
      {
        name: 'includeSubunits',
        type: 'checkbox',
        ...access,
        defaultValue: false,
        label: { en: 'Also in all sub-units', vi: 'Cả các đơn vị trực thuộc' },
      },
    ],
  }
}

/**
 * The unit an item was written for. It is the item's own unit until a reorganisation moves the item to a
 * successor (tenants/reorganisation): then it tells readers and editors where the item came from, and keys that
 * identify an item within its unit (a procedure code, a document number) stay unique per original unit, so two
 * merged communes' "1.001234" both survive the merger. Set by `keepOriginUnit`, never typed.
 */
export const originUnitField: Field = {
  name: 'originUnit',
  type: 'relationship',
  access: { create: () => false, update: () => false },
  admin: {
    condition: (data) => data?.originUnit !== undefined && String(data.originUnit) !== String(data.unit),
    description: {
      en: 'Moved here when that unit was merged or abolished',
      vi: 'Được chuyển đến khi đơn vị đó sáp nhập hoặc giải thể',
    },
    position: 'sidebar',
    readOnly: true,
  },
  index: true,
  label: { en: 'Moved from unit', vi: 'Chuyển đến từ đơn vị' },
  relationTo: 'units',
}

/**
 * The slug an item had in its former unit, when moving it into its successor had to change the slug (the
 * successor already used it): the old address still finds the item (tenants/reorganisation/address.ts).
 */
export const formerSlugField: Field = {
  name: 'formerSlug',
  type: 'text',
  access: { create: () => false, update: () => false },
  admin: { hidden: true },
  index: true,
}

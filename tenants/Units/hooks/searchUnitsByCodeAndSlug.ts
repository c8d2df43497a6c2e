import type { CollectionBeforeOperationHook, Where } from 'payload'

import { broadenTitleSearch } from '../../rules/unitSearch'

/** Unit pickers find a unit by its code and slug as well as its title (tenants/rules/unitSearch.ts). */
export const searchUnitsByCodeAndSlug: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read' && operation !== 'count') return args
  const { where } = args as { where?: Where }
  return where ? { ...args, where: broadenTitleSearch(where) } : args
}

import type { Id } from '../../src/base/ids'
import type { UnitLevel } from '../../tenants/levels'

export type TreeUnit = { ancestors: Id[]; id: Id; level: UnitLevel; status: 'active' | 'merged' }

/**
 * A small province with every shape the rules meet: a department, a district with two communes, a commune
 * directly under the province (as after 1/7/2025), and a merged commune. Ids as SQL databases give them.
 */
export const UNIT_TREE: TreeUnit[] = [
  { ancestors: [], id: 1, level: 'province', status: 'active' },
  { ancestors: [1], id: 2, level: 'department', status: 'active' },
  { ancestors: [1], id: 3, level: 'district', status: 'active' },
  { ancestors: [1, 3], id: 4, level: 'commune', status: 'active' },
  { ancestors: [1, 3], id: 5, level: 'commune', status: 'merged' },
  { ancestors: [1], id: 6, level: 'commune', status: 'active' },
]

const SUBSETS = (levels: string[]): string[][] =>
  levels.reduce<string[][]>((subsets, level) => [...subsets, ...subsets.map((subset) => [...subset, level])], [[]])

/** Every item a unit of the tree can hold: each unit, with each set of levels it may be shown on. */
export const EVERY_ITEM = UNIT_TREE.flatMap((unit) =>
  SUBSETS(['department', 'district', 'commune']).map((showOnSubunits) => ({ showOnSubunits, unit: unit.id })),
)

import { idOf } from '../base/ids'

/** A unit as the tree shows it. */
export type TreeUnit = {
  code: string
  id: number | string
  level: string
  parent?: unknown
  status?: string | null
  title: string
}

export type TreeNode = TreeUnit & { children: TreeNode[] }

const LEVEL_ORDER: Record<string, number> = { commune: 3, department: 1, district: 2, province: 0 }

/**
 * The units as a tree: each under its parent, departments before districts before communes, then by code. Units
 * whose parent is not in the list (a unit admin sees only some) become roots.
 */
export const unitTree = (units: readonly TreeUnit[]): TreeNode[] => {
  const nodes = new Map(units.map((unit) => [String(unit.id), { ...unit, children: [] as TreeNode[] }]))
  const roots: TreeNode[] = []
  for (const node of nodes.values()) {
    const parent = nodes.get(String(idOf(node.parent)))
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const order = (list: TreeNode[]) => {
    list.sort((a, b) => (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9) || a.code.localeCompare(b.code))
    for (const node of list) order(node.children)
    return list
  }
  return order(roots)
}

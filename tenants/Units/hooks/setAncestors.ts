import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../../src/base/ids'
import type { UnitLevel } from '../../levels'
import { treeKey } from '../../naming'
import { unitIdsWhere } from '../../unitQueries'

/**
 * Each unit stores its ancestors (root first), so "everything below X" is one indexed query (`ancestors in X`)
 * on every database, and its place in the tree (`treeKey`), which pickers sort by. Kept right when a unit is
 * created or moves.
 */
export const setAncestors: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const parentId = idOf(data.parent === undefined ? originalDoc?.parent : data.parent)
  const code = (data.code ?? originalDoc?.code) as string
  const level = (data.level ?? originalDoc?.level) as UnitLevel
  if (parentId === undefined) return { ...data, ancestors: [], treeKey: treeKey({ code, level }) }
  const parent = await req.payload.findByID({ collection: 'units', depth: 0, id: parentId, overrideAccess: true, req })
  return {
    ...data,
    ancestors: [...(parent.ancestors ?? []).map(idOf), parent.id],
    treeKey: treeKey({ code, level, parentKey: parent.treeKey }),
  }
}

const ancestry = (doc: { ancestors?: unknown[] | null } | undefined) =>
  (doc?.ancestors ?? []).map((a) => String(idOf(a))).join('/')

/**
 * When a unit's ancestry changes (it moved, or a unit above it did), its children's changes too: re-saving each
 * child recomputes its ancestry, and its own hook carries the change further down. A renamed unit re-saves its
 * children for their titles, which name it (setTitle.ts).
 */
export const updateDescendantAncestors: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!previousDoc) return doc
  const moved = ancestry(previousDoc) !== ancestry(doc) || previousDoc.treeKey !== doc.treeKey
  if (!moved && previousDoc.title === doc.title) return doc
  for (const child of await unitIdsWhere(req, { parent: { equals: doc.id } })) {
    await req.payload.update({ collection: 'units', data: { parent: doc.id }, id: child, overrideAccess: true, req })
  }
  return doc
}

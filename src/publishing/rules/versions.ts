import type { Id } from '../../base/ids'

/** What deciding which versions to keep needs of one: its item, when it was saved, its own id. */
export type VersionStamp = { id: Id; parent: Id; updatedAt: string }

/**
 * The versions beyond each item's newest `max` (by save time, the later id first among equal times): those to
 * delete so that every item keeps its `max` newest. None when `max` is 0 or less (no limit).
 */
export const versionsBeyond = (versions: readonly VersionStamp[], max: number): Id[] => {
  if (max <= 0) return []
  const byItem = new Map<string, VersionStamp[]>()
  for (const version of versions) {
    const key = String(version.parent)
    byItem.set(key, [...(byItem.get(key) ?? []), version])
  }
  const laterIdFirst = (a: Id, b: Id) =>
    typeof a === 'number' && typeof b === 'number' ? b - a : String(b) < String(a) ? -1 : String(b) > String(a) ? 1 : 0
  const newestFirst = (a: VersionStamp, b: VersionStamp) =>
    Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || laterIdFirst(a.id, b.id)
  return [...byItem.values()].flatMap((ofItem) =>
    ofItem
      .sort(newestFirst)
      .slice(max)
      .map(({ id }) => id),
  )
}

/**
 * The slug an item takes when it moves into a unit that already has an item with its slug: the former unit's slug
 * appended ("khai-mac-nam-hoc" from Phường 4 → "khai-mac-nam-hoc-phuong-4-tp-my-tho"), then a number if even that
 * is taken. `taken` holds the slugs already used in the successor, the new one included once chosen.
 */
export const movedSlug = (slug: string, formerUnitSlug: string, taken: ReadonlySet<string>): string => {
  if (!taken.has(slug)) return slug
  const base = `${slug}-${formerUnitSlug}`
  if (!taken.has(base)) return base
  for (let number = 2; ; number += 1) if (!taken.has(`${base}-${number}`)) return `${base}-${number}`
}

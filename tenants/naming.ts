import { domainLabel, slugify } from '../src/base/text/vietnamese'
import type { UnitLevel } from './levels'

/** The administrative type that opens a province or district name ("Tỉnh Tiền Giang" → "Tiền Giang"). */
const TYPE_PREFIX = /^(Tỉnh|Thành phố|Thị xã|Huyện|Quận)\s+/u

export const properName = (name: string): string => name.replace(TYPE_PREFIX, '')

/**
 * The labels a unit's portal domain may start with, preferred first, per Decree 224/2026 Art. 11(4): for the
 * province its name without accents (tiengiang); for a department its short name, the key (sotuphap); for a
 * commune, and a district (which the decree no longer names), the full name (phuong1, huyencailay). When that
 * is taken (several "Phường 1"), the unique slug, then the slug and code.
 */
export const domainLabelCandidates = (unit: {
  code: string
  level: UnitLevel
  name: string
  slug: string
}): string[] => {
  const disambiguated = unit.slug !== slugify(unit.name)
  const preferred =
    unit.level === 'province'
      ? domainLabel(properName(unit.name))
      : unit.level === 'department'
        ? domainLabel(unit.code)
        : domainLabel(disambiguated ? unit.slug : unit.name)
  return [...new Set([preferred, domainLabel(unit.slug), domainLabel(`${unit.slug}-${unit.code}`)])]
}

/** `<label>.<province label>.gov.vn`; for the province itself (no province above it) `<label>.gov.vn`. */
export const defaultPortalDomain = (label: string, provinceLabel?: string): string =>
  provinceLabel ? `${label}.${provinceLabel}.gov.vn` : `${label}.gov.vn`

/**
 * Slugs to try, in order, for a unit: its own name (a department: its key; the province: its proper name); then, since names repeat across districts (several
 * "Phường 1"), the name with its parent's proper name; last, with its code, which is unique.
 */
export const slugCandidates = (unit: {
  code: string
  level: UnitLevel
  name: string
  parentName?: string
}): string[] => {
  const base =
    unit.level === 'department'
      ? slugify(unit.code)
      : slugify(unit.level === 'province' ? properName(unit.name) : unit.name)
  const candidates = [base]
  if (unit.parentName) candidates.push(`${base}-${slugify(properName(unit.parentName))}`)
  candidates.push(`${base}-${slugify(unit.code)}`)
  return candidates
}

/** How a district-level parent is shortened in a unit's title ("Thành phố Mỹ Tho" → "TP Mỹ Tho"). */
const SHORT_TYPES: Array<[RegExp, string]> = [
  [/^Thành phố\s+/u, 'TP '],
  [/^Thị xã\s+/u, 'TX '],
]

const shortName = (name: string) => SHORT_TYPES.reduce((text, [pattern, short]) => text.replace(pattern, short), name)

/**
 * How a unit is named wherever people pick one (unit pickers, the unit selector, lists): its name, its district
 * for a commune under one (three communes are called "Phường 1"), and its code. "Phường 1 – TP Mỹ Tho (28261)".
 */
export const unitTitle = (unit: {
  code: string
  level: UnitLevel
  name: string
  parent?: { level: UnitLevel; name: string }
}): string => {
  const name = unit.name.trim()
  const where = unit.parent?.level === 'district' ? ` – ${shortName(unit.parent.name.trim())}` : ''
  return `${name}${where} (${unit.code})`
}

/** Where a level's units come among their siblings: departments, then districts, then communes. */
const SIBLING_RANK: Record<UnitLevel, number> = { commune: 3, department: 1, district: 2, province: 0 }

/**
 * A unit's place in the tree as a text that sorts like the tree: the province, its departments, each district
 * followed by its communes ("82", "82/1so-tu-phap", "82/2815", "82/2815/28261"). Pickers and the units list sort
 * by it, so "Phường 1" of Mỹ Tho sits among Mỹ Tho's communes.
 */
export const treeKey = (unit: { code: string; level: UnitLevel; parentKey?: string | null }): string =>
  unit.parentKey ? `${unit.parentKey}/${SIBLING_RANK[unit.level]}${unit.code}` : unit.code

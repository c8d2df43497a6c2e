import type { Id } from '../../src/base/ids'
import type { UnitLevel, UnitStatus } from '../levels'

/** What public reads need to know of a unit: where it sits, whether it is active, and every address it answers to. */
export type DirectoryUnit = {
  ancestors: Id[]
  code: string
  domains: string[]
  /** Addresses it had before a reorganisation renamed or merged it (tenants/Units `formerAddresses`). */
  formerDomains: string[]
  formerSlugs: string[]
  id: Id
  level: UnitLevel
  slug: string
  status: UnitStatus
}

/** How a unit is named: by a domain (a request's host) or by its slug or code (the `X-Portal-Unit` header). */
export type UnitAddress = { domain: string } | { slugOrCode: string }

export type UnitDirectory = {
  /** The active units' ids, in tree order. */
  active: Id[]
  /** The unit an address names now, else the one that had it before (`former`); undefined when none. */
  find: (address: UnitAddress) => { former: boolean; unit: DirectoryUnit } | undefined
  size: number
}

/** A map from each key to the first unit (in the given order) that has it. */
const indexBy = (units: DirectoryUnit[], keysOf: (unit: DirectoryUnit) => Array<string | undefined>) => {
  const index = new Map<string, DirectoryUnit>()
  for (const unit of units) for (const key of keysOf(unit)) if (key && !index.has(key)) index.set(key, unit)
  return index
}

/**
 * Every unit by its addresses, as the database queries it replaces answered (tenants/portalUnit.ts
 * `findUnitByAddress`): a current domain, slug or code first, then a former domain or slug; where two units
 * share an address, the first in the given order (tree order, the units' default sort) wins, as `limit: 1` did.
 * A pure function of the units: the edge (tenants/unitDirectory.ts) reads them and decides when to read again.
 */
export const unitDirectory = (units: DirectoryUnit[]): UnitDirectory => {
  const byDomain = indexBy(units, (unit) => unit.domains)
  const bySlugOrCode = indexBy(units, (unit) => [unit.slug, unit.code])
  const byFormerDomain = indexBy(units, (unit) => unit.formerDomains)
  const byFormerSlug = indexBy(units, (unit) => unit.formerSlugs)
  return {
    active: units.filter((unit) => unit.status === 'active').map((unit) => unit.id),
    find: (address) => {
      const now = 'domain' in address ? byDomain.get(address.domain) : bySlugOrCode.get(address.slugOrCode)
      if (now) return { former: false, unit: now }
      const then = 'domain' in address ? byFormerDomain.get(address.domain) : byFormerSlug.get(address.slugOrCode)
      return then ? { former: true, unit: then } : undefined
    },
    size: units.length,
  }
}

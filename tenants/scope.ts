import type { PayloadRequest, Where } from 'payload'

import { type Id, idOf, idsOf } from '../src/base/ids'
import type { Capability } from './roles'
import { distinctIds, grantsIn, grantsOf, type Scope, scopeIncludes } from './rules/grants'
import { findUnits, unitIdsWhere } from './unitQueries'
import { type Assignment, isSuperAdmin, type TenantUser } from './users'

export { type Scope, scopeIncludes }

const cacheOf = (req: PayloadRequest): Map<Capability, Scope> => {
  const context = req.context as { unitScopes?: Map<Capability, Scope> }
  context.unitScopes ??= new Map()
  return context.unitScopes
}

/** The ids of every unit below any of the given ones, from the units' stored ancestry (one query). */
export const descendantIds = async (req: PayloadRequest, unitIds: Id[]): Promise<Id[]> =>
  unitIds.length === 0 ? [] : unitIdsWhere(req, { ancestors: { in: unitIds } })

/** The ids of every unit above any of the given ones (their stored ancestry, one query), minus the given ones. */
export const ancestorIdsOf = async (req: PayloadRequest, unitIds: Id[]): Promise<Id[]> => {
  if (unitIds.length === 0) return []
  const units = await findUnits<{ ancestors?: unknown[] | null }>(req, { id: { in: unitIds } }, { ancestors: true })
  const given = new Set(unitIds.map(String))
  const above = units.flatMap((unit) => (unit.ancestors ?? []).map(idOf))
  return distinctIds(above.filter((id): id is Id => id !== undefined && !given.has(String(id))))
}

/** The units in which a set of assignments grants `capability` (tenants/rules/grants.ts, descendants read here). */
export const assignedUnits = async (
  req: PayloadRequest,
  assignments: Assignment[],
  capability: Capability,
): Promise<Id[]> => {
  const { direct, withSubunits } = grantsOf(assignments, capability)
  return distinctIds([...direct, ...(await descendantIds(req, withSubunits))])
}

/** The units in which the request's user holds `capability` (super-admins: all). Once per request. */
export const unitScope = async (req: PayloadRequest, capability: Capability): Promise<Scope> => {
  const user = req.user as TenantUser | null
  if (!user) return []
  if (isSuperAdmin(user)) return 'all'
  const cache = cacheOf(req)
  const cached = cache.get(capability)
  if (cached) return cached
  const scope = await assignedUnits(req, user.assignments ?? [], capability)
  cache.set(capability, scope)
  return scope
}

/** An access result limiting `field` (a unit relationship) to the scope. */
export const whereInScope = (field: string, scope: Scope): boolean | Where =>
  scope === 'all' ? true : scope.length === 0 ? false : { [field]: { in: scope } }

/** The people (not super-admins) who hold `capability` in a unit: assigned there, or above it with its sub-units. */
export const peopleWhoCan = async (req: PayloadRequest, capability: Capability, unit: Id): Promise<Id[]> => {
  const [target] = await findUnits<{ ancestors?: unknown[] | null }>(req, { id: { equals: unit } }, { ancestors: true })
  const ancestors = idsOf(target?.ancestors)
  const { docs } = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { assignments: true },
    where: { 'assignments.unit': { in: [unit, ...ancestors] } },
  })
  return docs
    .filter((person) => grantsIn((person.assignments ?? []) as Assignment[], capability, unit, ancestors))
    .map((person) => person.id)
}

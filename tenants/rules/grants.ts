import { type Id, idOf } from '../../src/base/ids'
import { type Capability, ROLE_CAPABILITIES } from '../roles'
import type { Assignment } from '../users'

/** The units in which a set of assignments grants a capability: every unit, or a list of ids (empty: none). */
export type Scope = 'all' | Id[]

/**
 * Which assignments grant `capability`: the units assigned with a role that grants it (`direct`), and among
 * them those assigned with `includeSubunits`, whose descendants are granted too (read at the edge).
 */
export const grantsOf = (
  assignments: readonly Assignment[],
  capability: Capability,
): { direct: Id[]; withSubunits: Id[] } => {
  const direct: Id[] = []
  const withSubunits: Id[] = []
  for (const assignment of assignments) {
    const unit = idOf(assignment.unit)
    if (unit === undefined || !ROLE_CAPABILITIES[assignment.role]?.includes(capability)) continue
    direct.push(unit)
    if (assignment.includeSubunits) withSubunits.push(unit)
  }
  return { direct, withSubunits }
}

/** Ids once each, in the order first seen (numbers on SQL, strings on MongoDB: compared as text). */
export const distinctIds = (ids: readonly Id[]): Id[] => {
  const seen = new Set<string>()
  return ids.filter((id) => !seen.has(String(id)) && Boolean(seen.add(String(id))))
}

export const scopeIncludes = (scope: Scope, unit: unknown): boolean => {
  const id = idOf(unit)
  return scope === 'all' || (id !== undefined && scope.some((each) => String(each) === String(id)))
}

/**
 * Whether a person's assignments grant `capability` in one unit, given the unit's ancestors: assigned there with a
 * role that grants it, or above it with `includeSubunits`.
 */
export const grantsIn = (
  assignments: readonly Assignment[],
  capability: Capability,
  unit: Id,
  ancestors: readonly Id[],
): boolean => {
  const { direct, withSubunits } = grantsOf(assignments, capability)
  const above = new Set(ancestors.map(String))
  return direct.some((id) => String(id) === String(unit)) || withSubunits.some((id) => above.has(String(id)))
}

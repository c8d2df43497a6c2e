import { distinctIds, grantsOf, scopeIncludes } from './grants'

describe('what assignments grant', () => {
  const assignments = [
    { includeSubunits: true, role: 'editor' as const, unit: 3 },
    { role: 'approver' as const, unit: { id: 6 } },
    { role: 'unit-admin' as const, unit: undefined },
  ]

  it('a capability in the units assigned with a role that has it, and below those assigned with sub-units', () => {
    expect(grantsOf(assignments, 'write')).toEqual({ direct: [3, 6], withSubunits: [3] })
    expect(grantsOf(assignments, 'publish')).toEqual({ direct: [6], withSubunits: [] })
    expect(grantsOf(assignments, 'manage')).toEqual({ direct: [], withSubunits: [] })
  })

  it('compares ids as text, so numbers (SQL) and strings (MongoDB) behave alike', () => {
    expect(scopeIncludes([3, 6], '6')).toBe(true)
    expect(scopeIncludes(['a1'], { id: 'a1' })).toBe(true)
    expect(scopeIncludes([], 3)).toBe(false)
    expect(scopeIncludes('all', 99)).toBe(true)
    expect(distinctIds([3, '3', 4])).toEqual([3, 4])
  })
})

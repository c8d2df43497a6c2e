import { grantsIn, distinctIds, grantsOf, scopeIncludes } from './grants'

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

describe('grantsIn', () => {
  const assignments = [
    { role: 'approver' as const, unit: 5 },
    { includeSubunits: true, role: 'unit-admin' as const, unit: 2 },
    { role: 'editor' as const, unit: 9 },
  ]

  it('grants where assigned with a role that has the capability', () => {
    expect(grantsIn(assignments, 'publish', 5, [1, 2])).toBe(true)
    expect(grantsIn(assignments, 'publish', 9, [1])).toBe(false)
    expect(grantsIn(assignments, 'write', 9, [1])).toBe(true)
  })

  it('grants below a unit assigned with its sub-units, and not above it', () => {
    expect(grantsIn(assignments, 'manage', 7, [1, 2])).toBe(true)
    expect(grantsIn(assignments, 'manage', 1, [])).toBe(false)
    expect(grantsIn(assignments, 'manage', '7', ['1', '2'])).toBe(true)
  })
})

import { type PlanRow, planReorganisation, planRow, type State, type UnitFact } from './plan'

const unit = (
  id: string,
  code: string,
  name: string,
  level: UnitFact['level'],
  parent?: string,
  extra: Partial<UnitFact> = {},
): UnitFact => ({
  code,
  domains: [`${code}.tiengiang.gov.vn`],
  id,
  level,
  name,
  parent,
  slug: `slug-${code}`,
  status: 'active',
  ...extra,
})

/** A province, one department, one district with three communes. */
const state = (): State => ({
  counts: { c1: { news: 3, procedures: 2 }, c2: { news: 1 }, d: { news: 5 }, p: { news: 7 } },
  people: [
    {
      assignments: [{ includeSubunits: false, role: 'editor', unit: 'c1' }],
      email: 'a@x.vn',
      id: 'u1',
      isSuperAdmin: false,
    },
    {
      assignments: [{ includeSubunits: true, role: 'unit-admin', unit: 'd' }],
      email: 'b@x.vn',
      id: 'u2',
      isSuperAdmin: false,
    },
    {
      assignments: [
        { includeSubunits: false, role: 'approver', unit: 'd' },
        { includeSubunits: false, role: 'approver', unit: 'c3' },
      ],
      email: 'c@x.vn',
      id: 'u3',
      isSuperAdmin: false,
    },
  ],
  units: [
    unit('p', '82', 'Tỉnh Tiền Giang', 'province', undefined, { domains: ['tiengiang.gov.vn'] }),
    unit('s', 'so-tu-phap', 'Sở Tư pháp', 'department', 'p', { domains: ['sotuphap.tiengiang.gov.vn'] }),
    unit('d', '815', 'Thành phố Mỹ Tho', 'district', 'p'),
    unit('c1', '28249', 'Phường 5', 'commune', 'd'),
    unit('c2', '28252', 'Phường 4', 'commune', 'd'),
    unit('c3', '28255', 'Phường 7', 'commune', 'd'),
  ],
})

const rows = (...given: Array<Omit<PlanRow, 'line'>>): PlanRow[] =>
  given.map((row, index) => ({ ...row, line: index + 2 }))

const mergerOfMyTho = rows(
  { action: 'rename', code: '28249', name: 'Phường Đạo Thạnh' },
  { action: 'move', code: '28249', parent: '82' },
  { action: 'merge', code: '28252', into: '28249' },
  { action: 'merge', code: '28255', into: '28249' },
  { action: 'abolish', level: 'district' },
)

describe('planReorganisation', () => {
  it('lists every step in a safe order, with the content that moves and the people affected', () => {
    const plan = planReorganisation(mergerOfMyTho, state())
    expect(plan.refusals).toEqual([])
    expect(plan.steps.map((step) => `${step.kind} ${step.code}`)).toEqual([
      'rename 28249',
      'move 28249',
      'merge 28252',
      'merge 28255',
      'abolish 815',
    ])
    expect(plan.steps.find((step) => step.code === '815')).toMatchObject({
      content: { news: 5 },
      done: false,
      into: '82',
    })
    expect(plan.steps.find((step) => step.code === '28252')).toMatchObject({ content: { news: 1 }, into: '28249' })
    // A merger moves the role; an abolition removes it, and says who is left without any.
    expect(plan.people).toEqual([
      { email: 'b@x.vn', leftWithout: true, person: 'u2', role: 'unit-admin', unit: '815' },
      { email: 'c@x.vn', leftWithout: false, person: 'u3', role: 'approver', unit: '815' },
      { email: 'c@x.vn', leftWithout: false, person: 'u3', role: 'approver', to: '28249', unit: '28255' },
    ])
    expect(plan.totals.after).toEqual(plan.totals.before)
    expect(plan.totals.before).toEqual({ news: 16, procedures: 2 })
  })

  it('stops at a sub-unit of an ending unit that the plan does not place, naming it', () => {
    const plan = planReorganisation(
      mergerOfMyTho.filter((row) => row.code !== '28255'),
      state(),
    )
    expect(plan.refusals).toHaveLength(1)
    expect(plan.refusals[0]).toMatchObject({ code: '28255' })
    expect(plan.refusals[0]!.reason.vi).toContain('Phường 7 (28255) thuộc Thành phố Mỹ Tho (815)')
    // A move row places it too.
    const moved = planReorganisation(
      [
        ...mergerOfMyTho.filter((row) => row.code !== '28255'),
        { action: 'move', code: '28255', line: 9, parent: '82' },
      ],
      state(),
    )
    expect(moved.refusals).toEqual([])
  })

  it('marks every step done once the state says so: a second run changes nothing', () => {
    const after = state()
    const [p, s, d, c1, c2, c3] = after.units as [UnitFact, UnitFact, UnitFact, UnitFact, UnitFact, UnitFact]
    after.units = [
      p,
      s,
      { ...d, status: 'dissolved', successor: 'p' },
      { ...c1, name: 'Phường Đạo Thạnh', parent: 'p' },
      { ...c2, status: 'merged', successor: 'c1' },
      { ...c3, status: 'merged', successor: 'c1' },
    ]
    const plan = planReorganisation(mergerOfMyTho, after)
    expect(plan.refusals).toEqual([])
    expect(plan.steps.every((step) => step.done)).toBe(true)
    expect(plan.people).toEqual([])
  })

  it('carries a new domain down to the sub-units under it', () => {
    const plan = planReorganisation(
      rows({ action: 'rename', code: '82', domain: 'dongthap.gov.vn', name: 'Tỉnh Đồng Tháp' }),
      state(),
    )
    expect(plan.steps[0]).toMatchObject({
      descendantDomains: expect.arrayContaining([
        { code: 'so-tu-phap', from: 'sotuphap.tiengiang.gov.vn', to: 'sotuphap.dongthap.gov.vn' },
        { code: '28249', from: '28249.tiengiang.gov.vn', to: '28249.dongthap.gov.vn' },
      ]),
      done: false,
      from: { domains: ['tiengiang.gov.vn'], name: 'Tỉnh Tiền Giang', slug: 'slug-82' },
    })
  })

  it('refuses what cannot be done, naming the row and the unit', () => {
    const plan = planReorganisation(
      rows(
        { action: 'split', code: '28249' },
        { action: 'merge', code: '99999', into: '28249' },
        { action: 'merge', code: '28249', into: '12345' },
        { action: 'merge', code: '28252', into: '28252' },
        { action: 'merge', code: '28255' },
        { action: 'create', code: '28249', level: 'commune', name: 'Phường Mới', parent: '815' },
        { action: 'move', code: 'so-tu-phap', parent: '815' },
        { action: 'abolish', code: '82' },
        { action: 'rename', code: '815', domain: 'sotuphap.tiengiang.gov.vn' },
      ),
      state(),
    )
    expect(plan.refusals.map((refusal) => [refusal.line, refusal.reason.en])).toEqual([
      [2, 'Unknown action "split": use create, rename, move, merge or abolish.'],
      [3, 'There is no unit with code 99999.'],
      [4, 'Unit 12345 does not exist and this plan does not create it.'],
      [5, 'Phường 4 (28252) cannot be merged into itself.'],
      [6, 'merge needs the unit it merges into (into).'],
      [7, 'Unit 28249 already exists as Phường 5: to keep it under a new name or parent, use rename and move.'],
      [8, 'Sở Tư pháp (so-tu-phap) (department) cannot sit under a district.'],
      [9, 'The province cannot be abolished.'],
      [10, 'Domain sotuphap.tiengiang.gov.vn is already used by Sở Tư pháp (so-tu-phap).'],
    ])
    expect(plan.steps).toEqual([])
  })

  it('refuses pointing at a unit that ends, and two operations of a kind on one unit', () => {
    const plan = planReorganisation(
      rows(
        { action: 'merge', code: '28252', into: '28249' },
        { action: 'merge', code: '28249', into: '28255' },
        { action: 'merge', code: '28252', into: '28255' },
      ),
      state(),
    )
    expect(plan.refusals.map((refusal) => refusal.line)).toEqual([4, 2])
    expect(plan.refusals[1]!.reason.vi).toContain('đơn vị kế thừa')
  })

  it('creates parents before children and checks where a new unit may sit', () => {
    const plan = planReorganisation(
      rows(
        { action: 'create', code: '29000', level: 'commune', name: 'Xã Mới', parent: '900' },
        { action: 'create', code: '900', level: 'district', name: 'Huyện Mới', parent: '82' },
        { action: 'create', code: '29001', level: 'commune', name: 'Xã Lạ', parent: 'so-tu-phap' },
      ),
      state(),
    )
    expect(plan.steps.map((step) => step.code)).toEqual(['900', '29000'])
    expect(plan.refusals).toEqual([
      {
        code: '29001',
        line: 4,
        reason: expect.objectContaining({ en: 'A commune needs a parent of level district or province.' }),
      },
    ])
  })
})

describe('planRow', () => {
  it('reads Vietnamese headings and actions, whatever the accents', () => {
    const row = planRow(3, { 'Mã đơn vị': ' 28252 ', 'Sáp nhập vào': '28249', 'THAO TAC': 'Sáp nhập', 'Ghi chú': 'x' })
    expect(row).toEqual({ action: 'Sáp nhập', code: '28252', into: '28249', line: 3 })
    expect(planReorganisation([row], state()).steps[0]).toMatchObject({ code: '28252', into: '28249', kind: 'merge' })
  })
})

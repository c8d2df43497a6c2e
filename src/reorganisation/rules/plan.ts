import { searchKey } from '../../base/text/vietnamese'

/**
 * A reorganisation plan, worked out from the rows of a plan file and the units, people and content counts as
 * they stand: what each step will change, who it affects, and what is refused and why. Pure: the edges read the
 * state (../state.ts) and apply the steps (../apply.ts). Every step knows whether it is already done, so a second
 * run of the same plan (or a resumed one) changes nothing.
 */

export type Message = { en: string; vi: string }
export type Level = 'commune' | 'department' | 'district' | 'province'
type Role = 'approver' | 'editor' | 'unit-admin'

/** One row of a plan file (CSV or JSON), its headings already read (`planRow`). */
export type PlanRow = {
  action?: string
  code?: string
  domain?: string
  into?: string
  level?: string
  line: number
  name?: string
  parent?: string
  slug?: string
}

/** A unit as the plan needs to know it; ids are strings here (numbers on SQL, strings on MongoDB). */
export type UnitFact = {
  code: string
  domains: string[]
  id: string
  level: Level
  name: string
  parent?: string
  slug: string
  status: 'active' | 'dissolved' | 'merged'
  successor?: string
}

export type Assignment = { includeSubunits: boolean; role: Role; unit: string }
export type PersonFact = { assignments: Assignment[]; email: string; id: string; isSuperAdmin: boolean }

export type State = {
  /** Items per unit id and collection (drafts included), of the collections whose items move with their unit. */
  counts: Record<string, Record<string, number>>
  people: PersonFact[]
  units: UnitFact[]
}

export type Step =
  | {
      code: string
      done: boolean
      domain?: string
      kind: 'create'
      level: Level
      line: number
      name: string
      parent?: string
      slug?: string
    }
  | {
      code: string
      /** Sub-units' domains that follow the unit's new domain (sotuphap.tiengiang.gov.vn → sotuphap.dongthap.gov.vn). */
      descendantDomains: Array<{ code: string; from: string; to: string }>
      domain?: string
      done: boolean
      from: { domains: string[]; name: string; slug: string }
      kind: 'rename'
      line: number
      name?: string
      slug?: string
    }
  | { code: string; done: boolean; from?: string; kind: 'move'; line: number; parent: string }
  | {
      code: string
      /** Items that move to the successor, per collection. */
      content: Record<string, number>
      done: boolean
      into: string
      kind: 'abolish' | 'merge'
      line: number
    }

/** What happens to one person's role in a unit that ends. */
export type PersonChange = {
  email: string
  /** The person has no role left anywhere afterwards. */
  leftWithout: boolean
  person: string
  role: Role
  /** The unit the role moves to; none when it is removed (an abolished unit: its parent would be more access). */
  to?: string
  unit: string
}

export type Refusal = { code?: string; line?: number; reason: Message }

export type Plan = {
  people: PersonChange[]
  refusals: Refusal[]
  steps: Step[]
  /** Items per collection before and after: a plan only moves items, so they are equal. */
  totals: { after: Record<string, number>; before: Record<string, number> }
}

const ACTIONS = {
  abolish: ['abolish', 'giai the', 'bai bo'],
  create: ['create', 'tao', 'tao moi', 'thanh lap'],
  merge: ['merge', 'sap nhap', 'hop nhat'],
  move: ['move', 'chuyen', 'doi cap tren'],
  rename: ['rename', 'doi ten'],
} as const
type Action = keyof typeof ACTIONS
const ACTION_OF = new Map(
  (Object.entries(ACTIONS) as Array<[Action, readonly string[]]>).flatMap(([action, words]) =>
    words.map((word) => [word, action] as const),
  ),
)

const LEVELS: Record<string, Level> = {
  'cap huyen': 'district',
  'cap tinh': 'province',
  'cap xa': 'commune',
  commune: 'commune',
  department: 'department',
  district: 'district',
  province: 'province',
  'so nganh': 'department',
}
const PARENT_LEVELS: Record<Level, readonly Level[]> = {
  commune: ['district', 'province'],
  department: ['province'],
  district: ['province'],
  province: [],
}
const DEPTH: Record<Level, number> = { commune: 3, department: 1, district: 2, province: 0 }

const HEADINGS: Record<Exclude<keyof PlanRow, 'line'>, string[]> = {
  action: ['action', 'Thao tác', 'Hành động'],
  code: ['code', 'Mã đơn vị', 'Mã'],
  domain: ['domain', 'Tên miền', 'Tên miền mới'],
  into: ['into', 'Sáp nhập vào', 'Đơn vị kế thừa', 'successor'],
  level: ['level', 'Cấp'],
  name: ['name', 'Tên', 'Tên mới', 'Tên đơn vị'],
  parent: ['parent', 'Đơn vị cấp trên', 'Cấp trên'],
  slug: ['slug', 'Định danh', 'Định danh URL'],
}
const FIELD_OF_HEADING = new Map(
  Object.entries(HEADINGS).flatMap(([field, names]) => names.map((name) => [searchKey(name), field] as const)),
)

/** A plan file's record (headings in English or Vietnamese, any accents and case) as a row. */
export const planRow = (line: number, record: Record<string, unknown>): PlanRow => {
  const row: PlanRow = { line }
  for (const [heading, value] of Object.entries(record)) {
    const field = FIELD_OF_HEADING.get(searchKey(heading)) as Exclude<keyof PlanRow, 'line'> | undefined
    const text = value === undefined || value === null ? '' : String(value).normalize('NFC').trim()
    if (field && text) row[field] = text
  }
  return row
}

const problem = (en: string, vi: string): Message => ({ en, vi })

/** `ten.tiengiang.gov.vn` under a unit whose domain goes from `tiengiang.gov.vn` to `dongthap.gov.vn`. */
const followDomain = (domain: string, from: string, to: string): string | undefined =>
  domain.endsWith(`.${from}`) ? `${domain.slice(0, -from.length)}${to}` : undefined

type Op = { action: Action; row: PlanRow }

export const planReorganisation = (rows: readonly PlanRow[], state: State): Plan => {
  const refusals: Refusal[] = []
  const refuse = (row: Pick<PlanRow, 'code' | 'line'>, reason: Message) =>
    refusals.push({ code: row.code, line: row.line, reason })
  const byCode = new Map(state.units.map((unit) => [unit.code, unit]))
  const byId = new Map(state.units.map((unit) => [unit.id, unit]))
  const label = (code: string) => {
    const unit = byCode.get(code)
    return unit ? `${unit.name} (${code})` : code
  }

  // Rows to operations; `abolish` naming a level instead of a unit abolishes every active unit of it.
  const ops: Op[] = []
  for (const row of rows) {
    const action = row.action ? ACTION_OF.get(searchKey(row.action)) : undefined
    if (!action) {
      refuse(
        row,
        problem(
          `Unknown action "${row.action ?? ''}": use create, rename, move, merge or abolish.`,
          `Thao tác "${row.action ?? ''}" không hợp lệ: dùng create (tạo), rename (đổi tên), move (chuyển), merge (sáp nhập) hoặc abolish (giải thể).`,
        ),
      )
      continue
    }
    if (action === 'abolish' && !row.code && row.level) {
      const level = LEVELS[searchKey(row.level)]
      if (!level) {
        refuse(row, problem(`Unknown level "${row.level}".`, `Cấp "${row.level}" không hợp lệ.`))
        continue
      }
      const units = state.units.filter(
        (unit) => unit.level === level && (unit.status === 'active' || unit.status === 'dissolved'),
      )
      for (const unit of units.sort((a, b) => a.code.localeCompare(b.code)))
        ops.push({ action, row: { ...row, code: unit.code } })
      continue
    }
    if (!row.code) {
      refuse(row, problem('Each row needs the code of its unit.', 'Mỗi dòng cần mã đơn vị.'))
      continue
    }
    ops.push({ action, row })
  }

  // One operation of each kind per unit; a unit that ends is neither renamed nor moved.
  const seen = new Map<string, Map<Action, PlanRow>>()
  const kept: Op[] = []
  for (const op of ops) {
    const code = op.row.code!
    const actions = seen.get(code) ?? new Map<Action, PlanRow>()
    seen.set(code, actions)
    const kind = op.action === 'abolish' ? 'merge' : op.action
    const earlier = actions.get(kind as Action) ?? (kind === 'merge' ? actions.get('abolish') : undefined)
    if (earlier) {
      refuse(
        op.row,
        problem(
          `${label(code)} is already given a ${op.action} on line ${earlier.line}.`,
          `${label(code)} đã có thao tác ${op.action} ở dòng ${earlier.line}.`,
        ),
      )
      continue
    }
    actions.set(op.action, op.row)
    kept.push(op)
  }
  const ending = new Map<string, PlanRow & { kind: 'abolish' | 'merge' }>()
  for (const { action, row } of kept)
    if (action === 'merge' || action === 'abolish') ending.set(row.code!, { ...row, kind: action })
  for (const { action, row } of kept) {
    if ((action === 'rename' || action === 'move') && ending.has(row.code!)) {
      refuse(
        row,
        problem(
          `${label(row.code!)} ends in this plan (line ${ending.get(row.code!)!.line}); it cannot also be renamed or moved.`,
          `${label(row.code!)} kết thúc trong kế hoạch này (dòng ${ending.get(row.code!)!.line}); không thể đồng thời đổi tên hoặc chuyển.`,
        ),
      )
    }
  }

  // The units as they will be: created ones added, parents as moved, what ends.
  const created = new Map<string, { level: Level; name: string; parent?: string }>()
  for (const { action, row } of kept) {
    if (action !== 'create') continue
    const level = row.level ? LEVELS[searchKey(row.level)] : undefined
    if (!row.name || !level) {
      refuse(row, problem('create needs a name and a level.', 'Tạo đơn vị cần tên và cấp.'))
      continue
    }
    created.set(row.code!, { level, name: row.name, parent: row.parent })
  }
  const exists = (code: string) => byCode.has(code) || created.has(code)
  const levelOf = (code: string) => created.get(code)?.level ?? byCode.get(code)?.level
  const finalParent = new Map<string, string | undefined>()
  for (const unit of state.units) finalParent.set(unit.code, unit.parent ? byId.get(unit.parent)?.code : undefined)
  for (const [code, unit] of created) if (!byCode.has(code)) finalParent.set(code, unit.parent)
  for (const { action, row } of kept) if (action === 'move' && row.parent) finalParent.set(row.code!, row.parent)
  const endsOrEnded = (code: string) => ending.has(code) || (byCode.get(code)?.status ?? 'active') !== 'active'

  /** A unit the plan points at must exist (or be created) and stay active. */
  const checkTarget = (row: PlanRow, target: string | undefined, what: Message): boolean => {
    if (!target) {
      refuse(row, what)
      return false
    }
    if (!exists(target)) {
      refuse(
        row,
        problem(
          `Unit ${target} does not exist and this plan does not create it.`,
          `Không có đơn vị mã ${target} và kế hoạch này không tạo đơn vị đó.`,
        ),
      )
      return false
    }
    if (endsOrEnded(target)) {
      refuse(
        row,
        problem(
          `${label(target)} is merged or abolished (here or before): point at its successor instead.`,
          `${label(target)} đã (hoặc sẽ) sáp nhập hoặc giải thể: hãy chỉ đến đơn vị kế thừa.`,
        ),
      )
      return false
    }
    return true
  }

  const steps: Step[] = []
  const domainsTaken = new Map<string, string>()
  for (const unit of state.units) for (const domain of unit.domains) domainsTaken.set(domain, unit.code)

  /** Refuses a row whose new domain another unit holds (now, or by an earlier row of the plan). */
  const domainUsedByAnother = (row: PlanRow, code: string): boolean => {
    const owner = row.domain ? domainsTaken.get(row.domain) : undefined
    if (owner === undefined || owner === code) return false
    refuse(
      row,
      problem(
        `Domain ${row.domain} is already used by ${label(owner)}.`,
        `Tên miền ${row.domain} đã được dùng cho ${label(owner)}.`,
      ),
    )
    return true
  }

  for (const { action, row } of kept) {
    const code = row.code!
    const unit = byCode.get(code)
    if (action !== 'create' && !unit) {
      refuse(row, problem(`There is no unit with code ${code}.`, `Không có đơn vị mã ${code}.`))
      continue
    }
    switch (action) {
      case 'create': {
        const wanted = created.get(code)
        if (!wanted) break
        if (wanted.parent && !checkTarget(row, wanted.parent, problem('', ''))) break // (a parent was named)
        const parentLevel = wanted.parent ? levelOf(wanted.parent) : undefined
        if (wanted.level !== 'province' && (!parentLevel || !PARENT_LEVELS[wanted.level].includes(parentLevel))) {
          refuse(
            row,
            problem(
              `A ${wanted.level} needs a parent of level ${PARENT_LEVELS[wanted.level].join(' or ')}.`,
              `Đơn vị cấp ${wanted.level} cần đơn vị cấp trên thuộc cấp ${PARENT_LEVELS[wanted.level].join(' hoặc ')}.`,
            ),
          )
          break
        }
        if (unit) {
          const parentCode = unit.parent ? byId.get(unit.parent)?.code : undefined
          if (unit.name === wanted.name && unit.level === wanted.level && parentCode === finalParent.get(code)) {
            steps.push({
              code,
              done: true,
              kind: 'create',
              level: wanted.level,
              line: row.line,
              name: wanted.name,
              parent: wanted.parent,
            })
          } else {
            refuse(
              row,
              problem(
                `Unit ${code} already exists as ${unit.name}: to keep it under a new name or parent, use rename and move.`,
                `Đơn vị mã ${code} đã có (${unit.name}): để đổi tên hoặc đơn vị cấp trên, dùng rename và move.`,
              ),
            )
          }
          break
        }
        if (domainUsedByAnother(row, code)) break
        if (row.domain) domainsTaken.set(row.domain, code)
        steps.push({
          code,
          domain: row.domain,
          done: false,
          kind: 'create',
          level: wanted.level,
          line: row.line,
          name: wanted.name,
          parent: wanted.parent,
          slug: row.slug,
        })
        break
      }
      case 'rename': {
        if (!unit || ending.has(code)) break
        if (!row.name && !row.slug && !row.domain) {
          refuse(
            row,
            problem('rename needs a new name, slug or domain.', 'Đổi tên cần tên, định danh hoặc tên miền mới.'),
          )
          break
        }
        if (domainUsedByAnother(row, code)) break
        const slugOwner = row.slug
          ? state.units.find((other) => other.slug === row.slug && other.code !== code)
          : undefined
        if (slugOwner) {
          refuse(
            row,
            problem(
              `Slug ${row.slug} is already used by ${label(slugOwner.code)}.`,
              `Định danh ${row.slug} đã được dùng cho ${label(slugOwner.code)}.`,
            ),
          )
          break
        }
        const descendantDomains: Array<{ code: string; from: string; to: string }> = []
        const oldDomain = unit.domains[0]
        if (row.domain && oldDomain && row.domain !== oldDomain) {
          const below = (candidate: UnitFact): boolean => {
            for (let parent = candidate.parent; parent; parent = byId.get(parent)?.parent)
              if (parent === unit.id) return true
            return false
          }
          for (const other of state.units) {
            if (other.status !== 'active' || ending.has(other.code) || !below(other)) continue
            for (const domain of other.domains) {
              const to = followDomain(domain, oldDomain, row.domain)
              if (to) descendantDomains.push({ code: other.code, from: domain, to })
            }
          }
        }
        if (row.domain) domainsTaken.set(row.domain, code)
        const done =
          (!row.name || row.name === unit.name) &&
          (!row.slug || row.slug === unit.slug) &&
          (!row.domain || (unit.domains.length === 1 && unit.domains[0] === row.domain)) &&
          descendantDomains.length === 0
        steps.push({
          code,
          descendantDomains,
          domain: row.domain,
          done,
          from: { domains: unit.domains, name: unit.name, slug: unit.slug },
          kind: 'rename',
          line: row.line,
          name: row.name,
          slug: row.slug,
        })
        break
      }
      case 'move': {
        if (!unit || ending.has(code)) break
        if (
          !checkTarget(
            row,
            row.parent,
            problem('move needs the new parent unit (parent).', 'Chuyển đơn vị cần đơn vị cấp trên mới (parent).'),
          )
        )
          break
        const parentLevel = levelOf(row.parent!)!
        if (!PARENT_LEVELS[unit.level].includes(parentLevel)) {
          refuse(
            row,
            problem(
              `${label(code)} (${unit.level}) cannot sit under a ${parentLevel}.`,
              `${label(code)} (cấp ${unit.level}) không thể thuộc đơn vị cấp ${parentLevel}.`,
            ),
          )
          break
        }
        const current = unit.parent ? byId.get(unit.parent)?.code : undefined
        steps.push({
          code,
          done: current === row.parent,
          from: current,
          kind: 'move',
          line: row.line,
          parent: row.parent!,
        })
        break
      }
      case 'merge':
      case 'abolish': {
        if (!unit) break
        const into =
          row.into ?? (action === 'abolish' ? (unit.parent ? byId.get(unit.parent)?.code : undefined) : undefined)
        const status = action === 'merge' ? 'merged' : 'dissolved'
        const successor = unit.successor ? byId.get(unit.successor)?.code : undefined
        if (unit.status !== 'active') {
          if (unit.status === status && successor === into) {
            steps.push({ code, content: {}, done: true, into: into!, kind: action, line: row.line })
          } else {
            refuse(
              row,
              problem(
                `${label(code)} already ended (${unit.status}${successor ? ` into ${successor}` : ''}).`,
                `${label(code)} đã kết thúc (${unit.status === 'merged' ? 'sáp nhập' : 'giải thể'}${successor ? ` vào ${successor}` : ''}).`,
              ),
            )
          }
          break
        }
        if (into === code) {
          refuse(
            row,
            problem(`${label(code)} cannot be merged into itself.`, `${label(code)} không thể sáp nhập vào chính nó.`),
          )
          break
        }
        const missing = problem(
          action === 'merge' ? 'merge needs the unit it merges into (into).' : 'The province cannot be abolished.',
          action === 'merge' ? 'Sáp nhập cần đơn vị tiếp nhận (into).' : 'Không thể giải thể cấp tỉnh.',
        )
        if (!checkTarget(row, into, missing)) break
        steps.push({
          code,
          content: { ...state.counts[unit.id] },
          done: false,
          into: into!,
          kind: action,
          line: row.line,
        })
        break
      }
    }
  }

  // A unit that ends must leave no sub-unit behind: each goes somewhere the plan says.
  for (const row of steps.flatMap((step) =>
    (step.kind === 'merge' || step.kind === 'abolish') && !step.done ? [step] : [],
  )) {
    const { code } = row
    const unit = byCode.get(code)
    if (!unit) continue
    const orphans = state.units.filter(
      (child) =>
        child.parent === unit.id &&
        child.status === 'active' &&
        !ending.has(child.code) &&
        finalParent.get(child.code) === code,
    )
    for (const child of orphans.sort((a, b) => a.code.localeCompare(b.code))) {
      refusals.push({
        code: child.code,
        line: row.line,
        reason: problem(
          `${label(child.code)} belongs to ${label(code)}, which this plan ${row.kind === 'merge' ? 'merges' : 'abolishes'}, and the plan does not say where it goes: add a merge (with its successor) or a move row for it.`,
          `${label(child.code)} thuộc ${label(code)}, đơn vị bị ${row.kind === 'merge' ? 'sáp nhập' : 'giải thể'} trong kế hoạch này, nhưng kế hoạch chưa nói đơn vị này đi đâu: thêm dòng merge (với đơn vị kế thừa) hoặc move cho đơn vị này.`,
        ),
      })
    }
    for (const [childCode, wanted] of created) {
      if (wanted.parent === code)
        refuse(
          { code: childCode, line: row.line },
          problem(
            `${childCode} is created under ${label(code)}, which ends.`,
            `${childCode} được tạo dưới ${label(code)}, đơn vị sẽ kết thúc.`,
          ),
        )
    }
  }

  // People whose roles are in units that end: a merger moves the role; an abolition removes it (its parent
  // would be more than before) and says so.
  const people: PersonChange[] = []
  const endingIds = new Map(
    steps.flatMap((step) =>
      (step.kind === 'merge' || step.kind === 'abolish') && !step.done
        ? [[byCode.get(step.code)!.id, step] as const]
        : [],
    ),
  )
  for (const person of state.people) {
    const changes = person.assignments.flatMap((assignment): PersonChange[] => {
      const step = endingIds.get(assignment.unit)
      if (!step || (step.kind !== 'merge' && step.kind !== 'abolish')) return []
      const change = {
        email: person.email,
        leftWithout: false,
        person: person.id,
        role: assignment.role,
        unit: step.code,
      }
      return [step.kind === 'merge' ? { ...change, to: step.into } : change]
    })
    const keeps = person.assignments.some((assignment) => !endingIds.has(assignment.unit))
    const leftWithout = !person.isSuperAdmin && !keeps && changes.every((change) => !change.to)
    people.push(...changes.map((change) => ({ ...change, leftWithout })))
  }

  // Content only moves: the totals before are the totals after.
  const before: Record<string, number> = {}
  for (const perCollection of Object.values(state.counts))
    for (const [collection, count] of Object.entries(perCollection))
      before[collection] = (before[collection] ?? 0) + count

  const order: Record<Step['kind'], number> = { abolish: 4, create: 1, merge: 3, move: 2, rename: 0 }
  const depth = (code: string) => DEPTH[levelOf(code) ?? 'commune']
  steps.sort(
    (a, b) =>
      order[a.kind] - order[b.kind] ||
      // Parents are created before their children; sub-units end before their parents.
      (a.kind === 'abolish' || a.kind === 'merge' ? depth(b.code) - depth(a.code) : depth(a.code) - depth(b.code)) ||
      a.line - b.line,
  )
  return { people, refusals, steps, totals: { after: { ...before }, before } }
}

import type { Payload } from 'payload'

import type { Id } from '../../src/base/ids'

export const PASSWORD = 'mat-khau-thu-nghiem-1'

/** Two sibling communes, their district, a department and the province, all from the seeded 202 units. */
export const UNIT_CODES = { C1: '28261', C2: '28264', D: '815', P: '82', S: 'so-tu-phap' } as const
export type UnitKey = keyof typeof UNIT_CODES
export const UNIT_KEYS = Object.keys(UNIT_CODES) as UnitKey[]

type Assignment = { includeSubunits?: boolean; role: 'approver' | 'editor' | 'unit-admin'; unit: UnitKey }

/** The people of the isolation matrix and what they hold (the first user of an instance is a super-admin). */
export const ACTORS: Record<string, { assignments: Assignment[]; superAdmin?: boolean }> = {
  super: { assignments: [], superAdmin: true },
  adminC1: { assignments: [{ role: 'unit-admin', unit: 'C1' }] },
  adminD: { assignments: [{ includeSubunits: true, role: 'unit-admin', unit: 'D' }] },
  approverC1: { assignments: [{ role: 'approver', unit: 'C1' }] },
  editorC1: { assignments: [{ role: 'editor', unit: 'C1' }] },
  editorD: { assignments: [{ role: 'editor', unit: 'D' }] },
  editorS: { assignments: [{ role: 'editor', unit: 'S' }] },
}
export type ActorName = keyof typeof ACTORS

export const emailOf = (actor: string) => `${actor.toLowerCase()}@tiengiang.gov.vn`

export const unitIds = async (payload: Payload): Promise<Record<UnitKey, Id>> => {
  const { docs } = await payload.find({
    collection: 'units',
    limit: 0,
    pagination: false,
    where: { code: { in: Object.values(UNIT_CODES) } },
  })
  return Object.fromEntries(
    UNIT_KEYS.map((key) => [key, docs.find((doc) => doc.code === UNIT_CODES[key])!.id]),
  ) as Record<UnitKey, Id>
}

/** Creates the actors (as the system would, bypassing access) and returns their ids. */
export const createActors = async (payload: Payload, units: Record<UnitKey, Id>) => {
  const ids: Record<string, Id> = {}
  for (const [name, actor] of Object.entries(ACTORS)) {
    const user = await payload.create({
      collection: 'users',
      data: {
        assignments: actor.assignments.map((a) => ({ ...a, unit: units[a.unit] as number })),
        email: emailOf(name),
        isSuperAdmin: Boolean(actor.superAdmin),
        name,
        password: PASSWORD,
      },
    })
    ids[name] = user.id
  }
  return ids
}

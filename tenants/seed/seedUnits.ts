import type { Payload, PayloadRequest } from 'payload'

import { inTransaction } from '../../src/base/inTransaction'

import type { Id } from '../../src/base/ids'
import { slugCandidates } from '../naming'
import { type UnitRow, unitRows2023 } from './unitRows'

export type SeedResult = { created: number; unchanged: number }

/** Names that repeat within a level ("Phường 1" in four districts) get their parent's name in every slug. */
const repeatedNames = (rows: UnitRow[]): Set<string> => {
  const counts = new Map<string, number>()
  for (const row of rows) counts.set(`${row.level}|${row.name}`, (counts.get(`${row.level}|${row.name}`) ?? 0) + 1)
  return new Set([...counts].filter(([, count]) => count > 1).map(([key]) => key))
}

/**
 * Creates the units that do not exist yet (matched by code), parents first, with their English names; units
 * that exist are left exactly as they are, so running it again changes nothing. All in one transaction: a
 * failure leaves no half-built tree, and one commit instead of hundreds is several times faster.
 */
export const seedUnits = (payload: Payload, rows: UnitRow[] = unitRows2023()): Promise<SeedResult> =>
  inTransaction(payload, (req) => createMissingUnits(payload, rows, req))

const createMissingUnits = async (payload: Payload, rows: UnitRow[], req: PayloadRequest): Promise<SeedResult> => {
  const { docs } = await payload.find({
    collection: 'units',
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    select: { code: true, name: true },
  })
  const existing = new Map<string, { id: Id; name: string }>(
    docs.map((doc) => [doc.code, { id: doc.id, name: doc.name }]),
  )
  const repeated = repeatedNames(rows)
  let created = 0

  for (const row of rows) {
    if (existing.has(row.code)) continue
    const parent = row.parentCode ? existing.get(row.parentCode) : undefined
    if (row.parentCode && !parent)
      throw new Error(`Unit ${row.code} (${row.name}): parent ${row.parentCode} is missing.`)
    // The second candidate is the name with the parent's name, which every unit of a repeated name gets.
    const slug =
      repeated.has(`${row.level}|${row.name}`) && parent
        ? slugCandidates({ code: row.code, level: row.level, name: row.name, parentName: parent.name })[1]
        : undefined
    const doc = await payload.create({
      collection: 'units',
      data: {
        code: row.code,
        level: row.level,
        name: row.name,
        parent: parent?.id as number | undefined,
        slug,
        status: 'active',
      },
      depth: 0,
      locale: 'vi',
      req,
    })
    await payload.update({ collection: 'units', data: { name: row.nameEn }, depth: 0, id: doc.id, locale: 'en', req })
    existing.set(row.code, { id: doc.id, name: row.name })
    created++
  }
  return { created, unchanged: rows.length - created }
}

/** On a fresh database (no units at all), `npm start` seeds the 202 units before serving. */
export const seedUnitsIfEmpty = async (payload: Payload): Promise<SeedResult | undefined> => {
  const { totalDocs } = await payload.count({ collection: 'units' })
  return totalDocs === 0 ? seedUnits(payload) : undefined
}

import type { Payload, PayloadRequest } from 'payload'

import { type Id, idsOf } from '../src/base/ids'
import { afterCommit } from '../src/internals/afterCommit'
import type { UnitLevel, UnitStatus } from './levels'
import { type DirectoryUnit, type UnitDirectory, unitDirectory } from './rules/unitDirectory'

/**
 * How long a process answers from the units it read before reading them again, when it has not itself changed
 * one (it then reads them again at once, after the commit). What another process changed (a reorganisation
 * from the command line, another worker) is seen within this time: units change a few times a year, and a
 * reader sees the answer cache's own allowed staleness (CACHE_MAX_STALE_MS, 3 s) for content anyway.
 */
export const DIRECTORY_MAX_AGE_MS = 5_000

type Kept = {
  directory?: UnitDirectory
  /** Bumped by every change of a unit: a read that began before it must not be kept. */
  generation: number
  loadedAt: number
  loading?: Promise<UnitDirectory>
}

const kept = new WeakMap<Payload, Kept>()
const keptFor = (payload: Payload): Kept => {
  let state = kept.get(payload)
  if (!state) kept.set(payload, (state = { generation: 0, loadedAt: 0 }))
  return state
}

const SELECT = {
  ancestors: true,
  code: true,
  domains: true,
  formerAddresses: true,
  level: true,
  slug: true,
  status: true,
} as const

type StoredUnit = {
  ancestors?: unknown[] | null
  code?: string | null
  domains?: Array<{ domain?: string | null }> | null
  formerAddresses?: Array<{ domain?: string | null; slug?: string | null }> | null
  id: Id
  level: UnitLevel
  slug?: string | null
  status: UnitStatus
}

const present = (values: Array<string | null | undefined>): string[] =>
  values.filter((value): value is string => Boolean(value))

/** Every unit (a province has hundreds; Vietnam's 34 provinces ~3,300 communes in all), in tree order, one query. */
const readUnits = async (payload: Payload): Promise<DirectoryUnit[]> => {
  const { docs } = await payload.find({
    collection: 'units',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: SELECT,
  })
  return (docs as unknown as StoredUnit[]).map((unit) => ({
    ancestors: idsOf(unit.ancestors),
    code: unit.code ?? '',
    domains: present((unit.domains ?? []).map((row) => row.domain)),
    formerDomains: present((unit.formerAddresses ?? []).map((row) => row.domain)),
    formerSlugs: present((unit.formerAddresses ?? []).map((row) => row.slug)),
    id: unit.id,
    level: unit.level,
    slug: unit.slug ?? '',
    status: unit.status,
  }))
}

const load = (payload: Payload, state: Kept): Promise<UnitDirectory> => {
  if (state.loading) return state.loading
  const generation = state.generation
  const loading = readUnits(payload).then(
    (units) => {
      const directory = unitDirectory(units)
      if (state.generation === generation) Object.assign(state, { directory, loadedAt: Date.now() })
      if (state.loading === loading) state.loading = undefined
      return directory
    },
    (error: unknown) => {
      if (state.loading === loading) state.loading = undefined
      throw error
    },
  )
  state.loading = loading
  return loading
}

/**
 * Every unit by its addresses, for the reads of visitors (which portal a request names, which units are active):
 * read once per process and kept, instead of a query through Payload in every request (the portal's unit, the
 * active units: a unit query costs more than the news item a portal page shows). Kept up to date by
 * `forgetUnitDirectory` (every change of a unit in this process) and by age (`DIRECTORY_MAX_AGE_MS`: an old
 * directory keeps answering while one read replaces it). Undefined inside a transaction: a request that changes
 * units reads its own uncommitted changes from the database.
 */
export const unitDirectoryOf = async (req: PayloadRequest): Promise<UnitDirectory | undefined> => {
  if (req.transactionID !== undefined && req.transactionID !== null) return undefined
  const state = keptFor(req.payload)
  if (!state.directory) return load(req.payload, state)
  if (Date.now() - state.loadedAt > DIRECTORY_MAX_AGE_MS) {
    load(req.payload, state).catch((error: unknown) => {
      // Tried again after another DIRECTORY_MAX_AGE_MS, not at every request while the database is away.
      state.loadedAt = Date.now()
      req.payload.logger.warn({ err: error, msg: 'units: reading them again failed; the last read is used' })
    })
  }
  return state.directory
}

/** A unit changed: what this process kept of the units is read again by the next reader. */
export const forgetUnitDirectory = (payload: Payload): void => {
  const state = keptFor(payload)
  state.generation++
  state.directory = undefined
  state.loading = undefined
}

/**
 * Units' afterChange and afterDelete: forget now and again once the change is committed (a reader between the two
 * read the units as they were before the commit, and must not be kept).
 */
export const forgetUnitsOnChange = async ({ doc, req }: { doc: unknown; req: PayloadRequest }) => {
  forgetUnitDirectory(req.payload)
  await afterCommit(req, async () => forgetUnitDirectory(req.payload))
  return doc
}

import type { Payload, PayloadRequest } from 'payload'

import { UNITS_TAG } from '../src/cache/rules/tags'
import { cacheStoreOf } from '../src/cache/store'
import { closeConnections } from '../src/db/closeConnections'
import { inTransaction } from '../src/base/inTransaction'
import { refreshStatistics } from '../src/db/refreshStatistics'
import { writersAtOnce } from '../src/db/writersAtOnce'
import { inParallel } from '../src/base/inParallel'
import { planOnceInTransaction } from '../src/internals/sqlAdapter'
import { numberOption, runAsCommand, secondsSince } from './commandLine'
import { benchSettings, openBenchPayload } from './database'
import { writeResult } from './resultFiles'
import {
  categoryNames,
  contactData,
  legalDocumentData,
  newsData,
  procedureData,
  type Scale,
  scaled,
} from './dataset/generate'
import { type Random, seededRandom } from './dataset/random'

type Unit = { id: number | string; name: string }

export type SeedOptions = { concurrency?: number; factor: number; seed: number; units?: number }
export type SeedReport = {
  concurrency: number
  database: string
  preparedSeconds: number
  documents: number
  factor: number
  perSecond: number
  scale: Scale
  seconds: number
  seed: number
  units: number
}

/** Runs `work` in one database transaction, so a unit's content is written together (and fast on SQLite). */
const inUnitTransaction = (payload: Payload, work: (req: PayloadRequest) => Promise<number>) =>
  inTransaction(
    payload,
    // The same inserts row after row: planned once, as an import's are (src/internals/sqlAdapter.ts).
    async (req) => {
      await planOnceInTransaction(req)
      return work(req)
    },
    { context: { bulkImport: true } },
  )

const createFor =
  (payload: Payload, req: PayloadRequest) =>
  async (collection: string, data: Record<string, unknown>): Promise<number | string> =>
    (
      (await payload.create({
        collection: collection as never,
        context: req.context,
        data: data as never,
        depth: 0,
        req,
        select: { id: true } as never,
      })) as { id: number | string }
    ).id

/** One unit's content (categories, news, legal documents, contacts) in one transaction; returns how many were written. */
const seedUnit = (payload: Payload, unit: Unit, scale: Scale, random: Random) =>
  inUnitTransaction(payload, async (req) => {
    const create = createFor(payload, req)
    const categories = []
    for (const [order, name] of categoryNames.entries())
      categories.push(await create('news-categories', { name, order, unit: unit.id }))
    for (let index = 0; index < scale.newsPerUnit; index++) {
      const { categoryIndex, ...news } = newsData(random)
      await create('news', { ...news, categories: [categories[categoryIndex]], unit: unit.id })
    }
    for (let index = 1; index <= scale.legalPerUnit; index++)
      await create('legal-documents', { ...legalDocumentData(random, index, unit.name), unit: unit.id })
    for (let index = 1; index <= scale.contactsPerUnit; index++)
      await create('contacts', { ...contactData(random, index), unit: unit.id })
    return categories.length + scale.newsPerUnit + scale.legalPerUnit + scale.contactsPerUnit
  })

/** The province's procedures at three levels, in one transaction (also issue 6's "import 2,000 procedures"). */
export const importProcedures = (payload: Payload, province: Unit, count: number, random: Random) =>
  inUnitTransaction(payload, async (req) => {
    const create = createFor(payload, req)
    for (let index = 1; index <= count; index++)
      await create('procedures', { ...procedureData(random, index), unit: province.id })
    return count
  })

/**
 * The benchmark dataset (issue 6): for each unit, news in five categories, legal documents and contacts; the
 * province's procedures at three levels. Deterministic for a seed: each unit draws from its own stream, so
 * units can be written in parallel. Everything goes through the Local API with its validation and hooks, one
 * transaction per unit; cache and webhooks are told once at the end (`context.bulkImport`).
 */
export const seedBenchmark = async (
  payload: Payload,
  { concurrency = 1, factor, seed, units: unitLimit }: SeedOptions,
): Promise<Omit<SeedReport, 'database' | 'preparedSeconds'>> => {
  const scale = scaled(factor)
  const { docs: allUnits } = await payload.find({
    collection: 'units',
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'code',
  })
  const province = allUnits.find((unit) => unit.level === 'province')!
  const units = [province, ...allUnits.filter((unit) => unit.id !== province.id)].slice(0, unitLimit ?? allUnits.length)
  const started = performance.now()
  let documents = 0
  let unitsDone = 0
  await inParallel(units, concurrency, async (unit, index) => {
    const written = await seedUnit(payload, unit, scale, seededRandom(seed + (index + 1) * 7919))
    documents += written
    // Each time the tables have doubled: with statistics of near-empty tables PostgreSQL read every version to
    // find one document's latest (40 ms a read at 66,000 news, seeding at 50/s instead of 130/s).
    if (Number.isInteger(Math.log2(++unitsDone))) await refreshStatistics(payload, { full: true })
  })
  documents += await importProcedures(payload, province, scale.procedures, seededRandom(seed))
  await refreshStatistics(payload, { full: true })
  await cacheStoreOf(payload)?.invalidate([UNITS_TAG])
  const seconds = secondsSince(started)
  return {
    concurrency,
    documents,
    factor,
    perSecond: Math.round(documents / seconds),
    scale,
    seconds,
    seed,
    units: units.length,
  }
}

/** `npm run bench:seed [-- --scale=0.1 --seed=1 --units=5 --concurrency=4]` on BENCH_DATABASE_URI, from empty. */
const main = async () => {
  const settings = benchSettings()
  // Options are read before the database is emptied, so a mistyped one loses nothing.
  const options = {
    concurrency: numberOption('concurrency') ?? writersAtOnce(settings.database.kind),
    factor: numberOption('scale') ?? 1,
    seed: numberOption('seed') ?? 20261126,
    units: numberOption('units'),
  }
  const started = performance.now()
  const payload = await openBenchPayload(settings, { fresh: true })
  const preparedSeconds = secondsSince(started)
  try {
    const report = { database: settings.database.kind, preparedSeconds, ...(await seedBenchmark(payload, options)) }
    const file = writeResult(`seed-${new Date().toISOString().slice(0, 10)}-${report.database}.json`, report)
    process.stdout.write(
      `Fresh database with the 202 units in ${preparedSeconds} s; seeded ${report.documents} documents in ${report.seconds} s (${report.perSecond}/s) on ${report.database}; ${file}\n`,
    )
  } finally {
    await closeConnections(payload)
  }
}

await runAsCommand('seed.ts', main)

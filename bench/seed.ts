import fs from 'node:fs'
import path from 'node:path'

import { commitTransaction, createLocalReq, getPayload, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { UNITS_TAG } from '../src/cache/tags'
import { createConfig } from '../src/config/createConfig'
import { cacheStoreOf } from '../src/config/custom'
import { readSettings } from '../src/config/settings'
import { closeConnections } from '../src/db/closeConnections'
import { prepareDatabase } from '../src/db/prepareDatabase'
import { categoryNames, contactData, legalDocumentData, newsData, procedureData, type Scale, scaled } from './dataset/generate'
import { seededRandom } from './dataset/random'

export type SeedOptions = { factor: number; seed: number; units?: number }
export type SeedReport = { database: string; documents: number; factor: number; perSecond: number; scale: Scale; seconds: number; seed: number; units: number }

/** Runs `work` in one database transaction, so a unit's content is written together (and fast on SQLite). */
const inTransaction = async (payload: Payload, work: (req: PayloadRequest) => Promise<number>) => {
  const req = await createLocalReq({ context: { bulkImport: true } }, payload)
  await initTransaction(req)
  try {
    const written = await work(req)
    await commitTransaction(req)
    return written
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * The benchmark dataset (issue 6): for each unit, news in five categories, legal documents and contacts; the
 * province's procedures at three levels. Deterministic for a seed. Everything goes through the Local API with
 * its validation, in one transaction per unit; cache and webhooks are told once at the end.
 */
export const seedBenchmark = async (payload: Payload, { factor, seed, units: unitLimit }: SeedOptions): Promise<Omit<SeedReport, 'database'>> => {
  const scale = scaled(factor)
  const random = seededRandom(seed)
  const { docs: allUnits } = await payload.find({ collection: 'units', depth: 0, limit: 0, pagination: false, sort: 'code' })
  const province = allUnits.find((unit) => unit.level === 'province')!
  const units = [province, ...allUnits.filter((unit) => unit.id !== province.id)].slice(0, unitLimit ?? allUnits.length)
  const started = performance.now()
  let documents = 0
  const create = async (req: PayloadRequest, collection: string, data: Record<string, unknown>) =>
    (await payload.create({ collection: collection as never, context: req.context, data: data as never, depth: 0, req, select: { id: true } as never })) as { id: number | string }

  for (const unit of units) {
    documents += await inTransaction(payload, async (req) => {
      const base = { unit: unit.id }
      const categories = []
      for (const [order, name] of categoryNames.entries()) categories.push((await create(req, 'news-categories', { ...base, name, order })).id)
      for (let index = 0; index < scale.newsPerUnit; index++) {
        const { categoryIndex, ...news } = newsData(random)
        await create(req, 'news', { ...base, ...news, categories: [categories[categoryIndex]] })
      }
      for (let index = 1; index <= scale.legalPerUnit; index++) await create(req, 'legal-documents', { ...base, ...legalDocumentData(random, index, unit.name) })
      for (let index = 1; index <= scale.contactsPerUnit; index++) await create(req, 'contacts', { ...base, ...contactData(random, index) })
      return categories.length + scale.newsPerUnit + scale.legalPerUnit + scale.contactsPerUnit
    })
  }
  documents += await inTransaction(payload, async (req) => {
    for (let index = 1; index <= scale.procedures; index++) await create(req, 'procedures', { ...procedureData(random, index), unit: province.id })
    return scale.procedures
  })
  await cacheStoreOf(payload)?.invalidate([UNITS_TAG])
  const seconds = (performance.now() - started) / 1000
  return { documents, factor, perSecond: Math.round(documents / seconds), scale, seconds: Math.round(seconds * 10) / 10, seed, units: units.length }
}

const argument = (name: string) => {
  const found = process.argv.find((arg) => arg.startsWith(`--${name}=`))
  return found ? Number(found.split('=')[1]) : undefined
}

/** `npm run bench:seed [-- --scale=0.1 --seed=1 --units=5]` against DATABASE_URI (default: the SQLite file). */
const main = async () => {
  const settings = readSettings({ ...process.env, CACHE: 'false', RUN_JOBS: 'false' })
  const payload = await getPayload({ config: createConfig(settings) })
  try {
    await prepareDatabase(payload, settings.database.kind)
    const report = { database: settings.database.kind, ...(await seedBenchmark(payload, { factor: argument('scale') ?? 1, seed: argument('seed') ?? 20261126, units: argument('units') })) }
    const file = path.join('bench/results', `seed-${new Date().toISOString().slice(0, 10)}-${report.database}.json`)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
    process.stdout.write(`Seeded ${report.documents} documents in ${report.seconds} s (${report.perSecond}/s) on ${report.database}; ${file}\n`)
  } finally {
    await closeConnections(payload)
  }
}

if (process.argv[1]?.endsWith('seed.ts')) await main()

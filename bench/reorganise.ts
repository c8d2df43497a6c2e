import fs from 'node:fs'

import pg from 'pg'

import { copySqliteDatabase } from '../src/internals/sqliteBackup'
import { applyPlan } from '../src/reorganisation/apply'
import { planAgainstNow, readPlanFile } from '../src/reorganisation/planFile'
import { movingCollections } from '../src/reorganisation/state'
import { planFromOfficialLists, siblingSuccessors } from '../test/helpers/officialPlan'
import { runAsCommand, secondsSince } from './commandLine'
import { BENCH_SQLITE_FILE, benchSettings, openBenchPayload } from './database'
import { writeResult } from './resultFiles'

/**
 * `npm run bench:reorganise`: the full 2025 reorganisation (Tiền Giang into Đồng Tháp, tests' plan from the
 * official lists) on a copy of the seeded benchmark dataset (`npm run bench:seed` first), so the dataset itself
 * stays as it was: data/bench-reorganise.db copied from data/bench.db, or on PostgreSQL a database made from
 * `BENCH_DATABASE_URI`'s as a template. Measures planning, applying, and planning again (the second run of the
 * same plan: what resuming costs). Writes bench/results/reorganise-<date>-<db>.json.
 */
const copyOfDataset = async (): Promise<string> => {
  const source = process.env.BENCH_DATABASE_URI
  if (!source) {
    if (!fs.existsSync(BENCH_SQLITE_FILE))
      throw new Error(`${BENCH_SQLITE_FILE} is missing: run npm run bench:seed first.`)
    const copy = BENCH_SQLITE_FILE.replace('.db', '-reorganise.db')
    // A consistent copy (the write-ahead log included), over no stale log of an earlier copy.
    for (const file of [copy, `${copy}-wal`, `${copy}-shm`]) fs.rmSync(file, { force: true })
    copySqliteDatabase(BENCH_SQLITE_FILE, copy)
    return `file:${copy}`
  }
  const url = new URL(source)
  const name = url.pathname.slice(1)
  const copy = `${name}_reorganise`
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(source), { pathname: '/postgres' }).toString(),
  })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${copy}"`)
    await admin.query(`CREATE DATABASE "${copy}" TEMPLATE "${name}"`)
  } finally {
    await admin.end()
  }
  return Object.assign(url, { pathname: `/${copy}` }).toString()
}

const main = async () => {
  const settings = benchSettings({ DATABASE_URI: await copyOfDataset() })
  const payload = await openBenchPayload(settings, { fresh: false })
  const count = async () => {
    let total = 0
    for (const collection of movingCollections(payload))
      total += (await payload.count({ collection: collection.slug as 'news', overrideAccess: true })).totalDocs
    return total
  }
  const before = await count()
  const rows = readPlanFile(planFromOfficialLists(siblingSuccessors()), 'csv')
  let started = performance.now()
  const plan = await planAgainstNow(payload, rows)
  const planning = secondsSince(started)
  if (plan.refusals.length) throw new Error(`The plan was refused: ${plan.refusals[0]!.reason.en}`)
  started = performance.now()
  const report = await applyPlan(payload, plan)
  const applying = secondsSince(started)
  started = performance.now()
  const again = await planAgainstNow(payload, rows)
  const replanning = secondsSince(started)
  const after = await count()
  const moved = Object.values(report.moved).reduce((sum, each) => sum + each, 0)
  const result = {
    applying,
    database: settings.database.kind,
    date: new Date().toISOString(),
    documentsBefore: before,
    documentsAfter: after,
    moved,
    movedPerCollection: report.moved,
    movedPerSecond: Math.round(moved / Math.max(applying, 0.1)),
    pendingAfter: again.steps.filter((step) => !step.done).length,
    planning,
    replanning,
    steps: report.applied.length,
  }
  process.stdout.write(
    `${result.database}: planned ${plan.steps.length} steps in ${planning} s; applied ${result.steps} in ${applying} s, ` +
      `moving ${moved} items (${result.movedPerSecond}/s); ${before} items before, ${after} after; ` +
      `the same plan again: ${result.pendingAfter} steps to do, planned in ${replanning} s\n`,
  )
  const file = writeResult(`reorganise-${result.date.slice(0, 10)}-${result.database}.json`, result)
  process.stdout.write(`Written to ${file}\n`)
}

await runAsCommand('reorganise.ts', main)

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { printReport, targets } from '../../bench/report'
import { runBenchmark } from '../../bench/run'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.BENCH_DATABASE_URI = database.uri
  process.env.BENCH_RESULTS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-results-'))
})
afterAll(async () => {
  fs.rmSync(process.env.BENCH_RESULTS_DIR!, { force: true, recursive: true })
  delete process.env.BENCH_DATABASE_URI
  delete process.env.BENCH_RESULTS_DIR
  await database?.drop()
})

/**
 * `npm run bench:seed` and `npm run bench` on a tiny dataset for a second per load run, so the harness cannot
 * rot. Nothing here depends on how fast anything is: only that every part ran and answered correctly.
 */
describe('benchmark harness (smoke run)', () => {
  it('seeds from empty with the real command, then measures every item of issue 6', async () => {
    const seeded = spawnSync('npm', ['run', '--silent', 'bench:seed', '--', '--scale=0.005', '--units=3'], {
      encoding: 'utf8',
      env: process.env,
      timeout: 180_000,
    })
    expect(seeded.stdout).toMatch(/Fresh database with the 202 units in [\d.]+ s; seeded 46 documents/)

    expect(fs.readdirSync(process.env.BENCH_RESULTS_DIR!)).toEqual([
      expect.stringMatching(/^seed-.*-(sqlite|postgres|mongodb)\.json$/),
    ])
    const mistyped = spawnSync('npm', ['run', '--silent', 'bench:seed', '--', '--scale=abc'], {
      encoding: 'utf8',
      env: process.env,
      timeout: 180_000,
    })
    expect(mistyped.status).toBe(1)
    expect(mistyped.stderr).toContain('--scale must be a positive number (got "abc").')
    const results = await runBenchmark({ coldStarts: 1, connections: [2], rounds: 1, seconds: 1 })
    expect(results.dataset.documents).toMatchObject({ news: 15, procedures: 10 })
    expect(Object.keys(results.home.load).sort()).toEqual(['bare', 'cold', 'coldTwoWorkers', 'stock', 'warm'])
    for (const runs of Object.values(results.home.load)) {
      expect(runs).toEqual([expect.objectContaining({ connections: 2, errors: 0, non2xx: 0 })])
      expect(runs[0]!.requestsPerSecond).toBeGreaterThan(0)
    }
    expect(results.search.perUnit.samples).toBe(20)
    expect(results.search.provinceWide.samples).toBe(20)
    expect(results.lookups.legalFilter.samples).toBe(20)
    expect(results.lookups.procedureByCode.samples).toBe(20)
    expect(results.lookups.home?.samples).toBe(20)
    expect(results.operations).toMatchObject({
      procedures: 10,
      provisionMs: [expect.any(Number), expect.any(Number), expect.any(Number), expect.any(Number), expect.any(Number)],
    })
    expect(results.coldStartMs).toEqual([expect.any(Number)])
    expect(results.rssMb.cold).toBeGreaterThan(50)
    expect(results.seed).toMatchObject({ documents: 46, units: 3 })

    const lines: string[] = []
    printReport(results, (line) => lines.push(line))
    expect(lines.join('\n')).toMatch(/ratios at 2 connections: a\/c = [\d.]+, b\/d = [\d.]+/)
    expect(lines.join('\n')).toMatch(/ours \/ stock: news pages [\d.]+, archive [\d.]+/)
    for (const kind of ['ours', 'stock'] as const)
      for (const run of Object.values(results.longTail![kind])) {
        expect(run.requestsPerSecond).toBeGreaterThan(0)
        expect(run.errors + run.non2xx).toBe(0)
      }
    expect(lines.join('\n')).toMatch(/home page \(computed\) +20 +[\d.]+ +[\d.]+/)
    expect(lines.join('\n')).toMatch(/Full re-seed \(latest seed report\): 46 documents of 3 units/)
    expect(targets(results).map((target) => target.name)).toHaveLength(14)
    // The storm ran on both servers: readers answered, every edit seen by a reader.
    for (const kind of ['ours', 'stock'] as const) {
      const run = results.storm![kind]
      expect(run.edits).toBeGreaterThan(0)
      expect(run.missedEdits).toBe(0)
      expect(run.storm.errors + run.storm.non2xx + run.others.errors + run.others.non2xx).toBe(0)
    }
    expect(lines.join('\n')).toMatch(/Storm \(1 s\): 60 connections/)
    // Through Varnish (installed by .ci/run, as for test/edge): answered, every edit seen at the edge.
    const edge = results.edge!
    expect(edge.home.errors + edge.home.non2xx).toBe(0)
    expect(edge.home.requestsPerSecond).toBeGreaterThan(0)
    expect([edge.storm.missedEdits, edge.storm.edits > 0]).toEqual([0, true])
    expect(lines.join('\n')).toMatch(/Through Varnish .*\n {2}home page at 2 connections: \d+ req\/s/)
    // Seven servers start one after another (cache off and on, stock, bare, the storm on two, behind Varnish).
  }, 300_000)
})

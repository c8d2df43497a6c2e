import fs from 'node:fs'

import type { Payload } from 'payload'

import { closeConnections } from '../src/db/closeConnections'
import { numberListOption, numberOption, runAsCommand } from './commandLine'
import { coldStartMs, firstStartMs } from './coldStart'
import { benchSettings, openBenchPayload } from './database'
import { type Latency, timeSequentially } from './latency'
import { askGraphql, type GraphqlRequest, loadRun, type LoadResult } from './load'
import { measureOperations, type Operations } from './operations'
import {
  HOME_QUERY,
  LEGAL_FILTER_QUERY,
  LEGAL_FILTERS,
  PROCEDURE_QUERY,
  procedureCodes,
  SEARCH_QUERY,
  SEARCH_TERMS,
} from './queries'
import { printReport, ratios, targets } from './report'
import { latestSeedReport, writeResult } from './resultFiles'
import { type BenchServer, spawnServer } from './servers/spawnServer'
import { homeOf, measureStorm, restEditor, type StormResult, stormPortals } from './storm'
import { longTailRequests, type LongTailResult, measureLongTail } from './longTail'
import { startVarnish, VARNISHD } from './varnish'
import { freePort } from '../test/helpers/ports'

export type BenchOptions = { connections: number[]; coldStarts: number; rounds: number; seconds: number }

export type Dataset = { commune: string; documents: Record<string, number>; province: string }

export type BenchResults = {
  coldStartMs: number[]
  /** The first start of a new build, before it has written its code cache (src/server/launch.mjs). */
  firstStartMs?: number
  database: string
  dataset: Dataset
  date: string
  /** `coldTwoWorkers`: (a) as a cluster of two workers (WORKERS=2, src/server/cluster.ts). */
  home: { bytes: number; load: Record<'bare' | 'cold' | 'coldTwoWorkers' | 'stock' | 'warm', LoadResult[]> }
  lookups: { home?: Latency; legalFilter: Latency; procedureByCode: Latency }
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string }
  operations: Operations
  options: BenchOptions
  rssMb: { cold: number; warm: number }
  search: { perUnit: Latency; provinceWide: Latency }
  seed?: unknown
  /** Issue 15's storm: one commune's home page under 60 connections, ten others under 40, an edit every second. */
  storm?: { ours: StormResult; stock: StormResult }
  /** Issue 15's long tail: random news pages by slug and archive pages 2–20 over every portal, cache on. */
  longTail?: { ours: LongTailResult; stock: LongTailResult }
  /** Issue 15: ours behind Varnish (deploy/varnish/portal.vcl), home page over GET; absent without varnishd. */
  edge?: { home: LoadResult; storm: StormResult }
}

const COLLECTIONS = ['news', 'legal-documents', 'contacts', 'procedures', 'news-categories'] as const

/** What is in the benchmark database, and which portals the runs read: the province and its first commune. */
const describeDataset = async (payload: Payload): Promise<Dataset> => {
  const documents: Record<string, number> = {}
  for (const collection of COLLECTIONS) documents[collection] = (await payload.count({ collection })).totalDocs
  if (!documents.news) throw new Error('The benchmark database is empty: run `npm run bench:seed` first.')
  const unitSlug = async (level: string) => {
    const { docs } = await payload.find({
      collection: 'units',
      limit: 50,
      sort: 'code',
      where: { level: { equals: level } },
    })
    for (const unit of docs)
      if ((await payload.count({ collection: 'news', where: { unit: { equals: unit.id } } })).totalDocs > 0)
        return unit.slug!
    throw new Error(`No ${level} of the benchmark database has news: seed more units.`)
  }
  return { commune: await unitSlug('commune'), documents, province: await unitSlug('province') }
}

const loadRuns = async (url: string, request: GraphqlRequest, options: BenchOptions) => {
  await loadRun(url, request, options.connections[0]!, 1)
  const results: LoadResult[] = []
  for (const connections of options.connections) results.push(await loadRun(url, request, connections, options.seconds))
  return results
}

const withServer = async <T>(server: Promise<BenchServer>, work: (server: BenchServer) => Promise<T>) => {
  const running = await server
  try {
    return await work(running)
  } finally {
    await running.stop()
  }
}

/**
 * The storm on ours (edits through its REST API, so that its cache hears of them) and on the stock handler
 * (edits through this process: it caches nothing). The edited news item gets its title back afterwards.
 */
const measureStorms = async (payload: Payload, commune: string, seconds: number) => {
  const { others, topNews } = await stormPortals(payload, commune)
  const target = { commune, others }
  const { title } = await payload.findByID({ collection: 'news', depth: 0, id: topNews })
  try {
    const ours = await withServer(spawnServer('ours', { CACHE: 'true' }), async (server) => {
      const editor = await restEditor(payload, server.url, topNews)
      try {
        return await measureStorm(server.url, target, seconds, editor.edit)
      } finally {
        await editor.forget()
      }
    })
    const stock = await withServer(spawnServer('stock'), (server) =>
      measureStorm(server.url, target, seconds, async (next) => {
        await payload.update({ collection: 'news', data: { title: next }, id: topNews })
      }),
    )
    return { ours, stock }
  } finally {
    await payload.update({ collection: 'news', data: { title }, id: topNews })
  }
}

/**
 * Ours behind a real Varnish running the shipped VCL, purged by ours after every edit: the home page over GET
 * (what an edge keeps) at the first connection count, then the storm through it. Skipped without varnishd.
 */
const measureEdge = async (payload: Payload, commune: string, options: BenchOptions) => {
  if (!fs.existsSync(VARNISHD)) return undefined
  const { others, topNews } = await stormPortals(payload, commune)
  const { title } = await payload.findByID({ collection: 'news', depth: 0, id: topNews })
  const varnishPort = await freePort()
  const env = { CACHE: 'true', EDGE_MAX_AGE: '600', EDGE_PURGE_URLS: `http://127.0.0.1:${varnishPort}/` }
  try {
    return await withServer(spawnServer('ours', env), async (server) => {
      const varnish = await startVarnish(server.url, varnishPort)
      const editor = await restEditor(payload, server.url, topNews)
      try {
        await askGraphql(varnish.url, homeOf(commune, true))
        const home = await loadRun(varnish.url, homeOf(commune, true), options.connections[0]!, options.seconds)
        const storm = await measureStorm(varnish.url, { commune, others }, options.seconds, editor.edit, {
          get: true,
        })
        return { home, storm }
      } finally {
        await editor.forget()
        await varnish.stop()
      }
    })
  } finally {
    await payload.update({ collection: 'news', data: { title }, id: topNews })
  }
}

/** `npm run bench`: every measurement of issue 6 on BENCH_DATABASE_URI (seeded by `npm run bench:seed`). */
export const runBenchmark = async (options: BenchOptions): Promise<BenchResults> => {
  const settings = benchSettings()
  const database = settings.database.kind
  const payload = await openBenchPayload(settings, { fresh: false })
  try {
    return await measure(payload, database, settings.database.uri, options)
  } finally {
    await closeConnections(payload)
  }
}

/** The measurements; `payload` (this process's, idle during the load runs) describes the data and runs the operations. */
const measure = async (
  payload: Payload,
  database: string,
  databaseUri: string,
  options: BenchOptions,
): Promise<BenchResults> => {
  const dataset = await describeDataset(payload)

  const portal = (slug: string) => ({ 'x-portal-unit': slug })
  const home: GraphqlRequest = { headers: portal(dataset.commune), query: HOME_QUERY }

  const cold = await withServer(spawnServer('ours', { CACHE: 'false' }), async (server) => {
    const answer = await askGraphql(server.url, home)
    // The home page computed from scratch, one request at a time (issue 15: under 15 ms).
    const homeOnce = await timeSequentially(
      [home],
      options.rounds * 20,
      async (request) => void (await askGraphql(server.url, request)),
    )
    const load = await loadRuns(server.url, home, options)
    const search = async (slug: string, wide: boolean) =>
      timeSequentially(
        SEARCH_TERMS,
        options.rounds,
        async (q) =>
          void (await askGraphql(server.url, { headers: portal(slug), query: SEARCH_QUERY, variables: { q, wide } })),
      )
    const perUnit = await search(dataset.commune, false)
    const provinceWide = await search(dataset.province, true)
    const legalFilter = await timeSequentially(
      LEGAL_FILTERS,
      options.rounds,
      async (variables) =>
        void (await askGraphql(server.url, { headers: portal(dataset.commune), query: LEGAL_FILTER_QUERY, variables })),
    )
    const procedureByCode = await timeSequentially(
      procedureCodes(dataset.documents.procedures!),
      options.rounds,
      async (code) => {
        const text = await askGraphql(server.url, {
          headers: portal(dataset.commune),
          query: PROCEDURE_QUERY,
          variables: { code },
        })
        if (!text.includes(`"code":"${code}"`))
          throw new Error(`procedure ${code} not found on ${dataset.commune}'s portal`)
      },
    )
    return {
      answer,
      load,
      lookups: { home: homeOnce, legalFilter, procedureByCode },
      rssMb: server.rssMb(),
      search: { perUnit, provinceWide },
    }
  })
  const sameAnswer = (kind: string, text: string) => {
    if (JSON.stringify(JSON.parse(text).data) !== JSON.stringify(JSON.parse(cold.answer).data))
      throw new Error(`the ${kind} server answered the home page differently`)
  }
  // The same computed answers from two processes on the one port (the load generator shares the two cores).
  const coldTwoWorkers = await withServer(spawnServer('ours', { CACHE: 'false', WORKERS: '2' }), async (server) => {
    sameAnswer('two-worker', await askGraphql(server.url, home))
    return loadRuns(server.url, home, options)
  })
  const tail = await longTailRequests(payload)
  const tailRun = (url: string) => measureLongTail(url, tail, options.connections[0]!, options.seconds)
  const warm = await withServer(spawnServer('ours', { CACHE: 'true' }), async (server) => {
    sameAnswer('cached', await askGraphql(server.url, home))
    const load = await loadRuns(server.url, home, options)
    return { load, longTail: await tailRun(server.url), rssMb: server.rssMb() }
  })
  const stock = await withServer(spawnServer('stock'), async (server) => {
    sameAnswer('stock', await askGraphql(server.url, home))
    return { load: await loadRuns(server.url, home, options), longTail: await tailRun(server.url) }
  })
  const bare = await withServer(spawnServer('bare', { BENCH_BARE_BODY: cold.answer }), async (server) => {
    sameAnswer('bare', await askGraphql(server.url, home))
    return loadRuns(server.url, home, options)
  })

  const storm = await measureStorms(payload, dataset.commune, options.seconds)
  const edge = await measureEdge(payload, dataset.commune, options)

  const firstStart = await firstStartMs({ CACHE: 'false', DATABASE_URI: databaseUri }, home)
  const coldStarts: number[] = []
  for (let run = 0; run < options.coldStarts; run++)
    coldStarts.push(await coldStartMs({ CACHE: 'false', DATABASE_URI: databaseUri }, home))

  const operations = await measureOperations(payload, Math.min(2000, dataset.documents.procedures!))

  const os = await import('node:os')
  return {
    coldStartMs: coldStarts,
    firstStartMs: firstStart,
    database,
    dataset,
    date: new Date().toISOString(),
    home: {
      bytes: Buffer.byteLength(cold.answer),
      load: { bare, cold: cold.load, coldTwoWorkers, stock: stock.load, warm: warm.load },
    },
    longTail: { ours: warm.longTail, stock: stock.longTail },
    lookups: cold.lookups,
    machine: {
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      cpus: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    operations,
    options,
    rssMb: { cold: cold.rssMb, warm: warm.rssMb },
    search: cold.search,
    seed: latestSeedReport(database),
    storm,
    edge,
  }
}

const main = async () => {
  const options: BenchOptions = {
    coldStarts: numberOption('cold-starts') ?? 3,
    connections: numberListOption('connections') ?? [10, 50],
    rounds: numberOption('rounds') ?? 5,
    seconds: numberOption('seconds') ?? 10,
  }
  const results = await runBenchmark(options)
  const file = writeResult(`${results.date.slice(0, 10)}-${results.database}.json`, {
    ...results,
    ratios: ratios(results),
    targets: targets(results),
  })
  printReport(results, (line) => process.stdout.write(`${line}\n`))
  process.stdout.write(`\nWritten to ${file}\n`)
}

await runAsCommand('run.ts', main)

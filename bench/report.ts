import type { BenchResults } from './run'

export type Target = { measured: string; met: boolean; name: string; target: string }

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100

/** Throughput ratios per connection count: cold/stock (a/c), warm/bare (b/d), two workers over one (a2/a). */
export const ratios = ({ home: { load } }: BenchResults) =>
  load.cold.map((cold, index) => ({
    coldOverStock: ratio(cold.requestsPerSecond, load.stock[index]!.requestsPerSecond),
    connections: cold.connections,
    twoWorkersOverOne: load.coldTwoWorkers?.[index]
      ? ratio(load.coldTwoWorkers[index]!.requestsPerSecond, cold.requestsPerSecond)
      : undefined,
    warmOverBare: ratio(load.warm[index]!.requestsPerSecond, load.bare[index]!.requestsPerSecond),
  }))

/**
 * Issue 6's targets, with issue 15's where it made them stricter (home page, search, lookups, cold start), judged
 * on this run. The throughput targets are judged at 10 connections.
 */
export const targets = (results: BenchResults): Target[] => {
  const [first] = ratios(results)
  const cold10 = results.home.load.cold[0]!
  const rss = Math.max(results.rssMb.cold, results.rssMb.warm)
  const start = median(results.coldStartMs)
  return [
    {
      measured: `${first!.warmOverBare} × bare`,
      met: first!.warmOverBare >= 0.8,
      name: 'Warm cache vs bare JSON route (b/d)',
      target: '≥ 0.8 ×',
    },
    {
      measured: `${first!.coldOverStock} × stock`,
      met: first!.coldOverStock >= 3,
      name: 'Cold cache vs stock Payload handler (a/c)',
      target: '≥ 3 ×',
    },
    { measured: `${cold10.p99} ms`, met: cold10.p99 < 50, name: 'Cold cache p99 at 10 connections', target: '< 50 ms' },
    ...(results.lookups.home
      ? [
          {
            measured: `${results.lookups.home.p50} ms`,
            met: results.lookups.home.p50 < 15,
            name: 'Home page computed from scratch, p50',
            target: '< 15 ms',
          },
        ]
      : []),
    {
      measured: `${results.search.provinceWide.p99} ms`,
      met: results.search.provinceWide.p99 < 20,
      name: 'Search p99, province-wide',
      target: '< 20 ms',
    },
    {
      measured: `${results.search.perUnit.p99} ms`,
      met: results.search.perUnit.p99 < 20,
      name: 'Search p99, one unit',
      target: '< 20 ms',
    },
    {
      measured: `${results.lookups.procedureByCode.p99} ms`,
      met: results.lookups.procedureByCode.p99 < 10,
      name: 'Procedure by code p99',
      target: '< 10 ms',
    },
    {
      measured: `${results.lookups.legalFilter.p99} ms`,
      met: results.lookups.legalFilter.p99 < 10,
      name: 'Legal-document filter p99',
      target: '< 10 ms',
    },
    ...(results.longTail
      ? (['newsPages', 'archive'] as const).map((kind) => {
          const times = ratio(
            results.longTail!.ours[kind].requestsPerSecond,
            results.longTail!.stock[kind].requestsPerSecond,
          )
          return {
            measured: `${times} × stock`,
            met: times >= 3,
            name: `Long tail, ${kind === 'newsPages' ? 'news page by slug' : 'archive page'} vs stock`,
            target: '≥ 3 ×',
          }
        })
      : []),
    ...(results.storm
      ? [
          {
            measured: `${results.storm.ours.storm.p99} ms, ${results.storm.ours.storm.errors + results.storm.ours.storm.non2xx} errors`,
            met:
              results.storm.ours.storm.p99 < 100 &&
              results.storm.ours.storm.errors + results.storm.ours.storm.non2xx === 0,
            name: 'Storm p99 on the commune, no errors',
            target: '< 100 ms',
          },
          {
            measured: `${results.storm.ours.visibleMs.max} ms (${results.storm.ours.missedEdits} of ${results.storm.ours.edits} missed)`,
            met: results.storm.ours.missedEdits === 0 && results.storm.ours.visibleMs.max <= 3000,
            name: 'Storm: every edit visible to readers within',
            target: '≤ 3,000 ms (CACHE_MAX_STALE_MS)',
          },
        ]
      : []),
    { measured: `${start} ms`, met: start < 1000, name: 'API-only cold start (median)', target: '< 1,000 ms' },
    { measured: `${rss} MB`, met: rss < 500, name: 'Resident memory after the load runs', target: '< 500 MB' },
  ]
}

const table = (rows: (string | number)[][]) => {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)))
  return rows.map((row) =>
    row
      .map((cell, column) => String(cell).padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  )
}

export const printReport = (results: BenchResults, print: (line: string) => void) => {
  const { dataset, home } = results
  const total = Object.values(dataset.documents).reduce((sum, count) => sum + count, 0)
  print(
    `Benchmark on ${results.database}, ${total} documents (${Object.entries(dataset.documents)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ')})`,
  )
  print(`Home page of ${dataset.commune} (${home.bytes} bytes), ${results.options.seconds} s per run:`)
  const loadRows: (string | number)[][] = [['server', 'connections', 'req/s', 'p50 ms', 'p99 ms', 'errors']]
  const names = {
    bare: '(d) bare Express, fixed JSON',
    cold: '(a) ours, cache off',
    coldTwoWorkers: '(a) ours, cache off, 2 workers',
    stock: '(c) stock Payload handler',
    warm: '(b) ours, warm cache',
  } as const
  for (const kind of ['cold', 'coldTwoWorkers', 'warm', 'stock', 'bare'] as const) {
    for (const run of home.load[kind] ?? [])
      loadRows.push([names[kind], run.connections, run.requestsPerSecond, run.p50, run.p99, run.errors + run.non2xx])
  }
  table(loadRows).forEach((line) => print(`  ${line}`))
  for (const row of ratios(results))
    print(
      `  ratios at ${row.connections} connections: a/c = ${row.coldOverStock}, b/d = ${row.warmOverBare}, 2 workers / 1 = ${row.twoWorkersOverOne ?? 'not measured'}`,
    )
  if (results.longTail) {
    const { ours, stock } = results.longTail
    print(
      `Long tail (${results.options.seconds} s, ${ours.newsPages.connections} connections, cache on): random news pages by slug and archive pages 2-20 over every portal:`,
    )
    const tailRows: (string | number)[][] = [['request', 'server', 'req/s', 'p50 ms', 'p99 ms', 'errors']]
    for (const [name, kind] of [
      ['news page by slug', 'newsPages'],
      ['archive page', 'archive'],
    ] as const)
      for (const [server, run] of [
        ['ours', ours[kind]],
        ['stock', stock[kind]],
      ] as const)
        tailRows.push([name, server, run.requestsPerSecond, run.p50, run.p99, run.errors + run.non2xx])
    table(tailRows).forEach((line) => print(`  ${line}`))
    print(
      `  ours / stock: news pages ${ratio(ours.newsPages.requestsPerSecond, stock.newsPages.requestsPerSecond)}, archive ${ratio(ours.archive.requestsPerSecond, stock.archive.requestsPerSecond)}`,
    )
  }
  if (results.storm) {
    print(
      `Storm (${results.options.seconds} s): 60 connections on ${dataset.commune}'s home page, 40 on ten others, an edit a second:`,
    )
    const stormRows: (string | number)[][] = [
      ['server', 'portal', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'edit visible p50 / max ms'],
    ]
    for (const kind of ['ours', 'stock'] as const) {
      const run = results.storm[kind]
      const visible = `${run.visibleMs.p50} / ${run.visibleMs.max} (${run.missedEdits} missed of ${run.edits})`
      for (const [portal, load] of [
        ['the commune', run.storm],
        ['ten others', run.others],
      ] as const)
        stormRows.push([kind, portal, load.requestsPerSecond, load.p50, load.p99, load.errors + load.non2xx, visible])
    }
    table(stormRows).forEach((line) => print(`  ${line}`))
  }
  if (results.edge) {
    const { home: edgeHome, storm: edgeStorm } = results.edge
    print('Through Varnish (deploy/varnish/portal.vcl), home page over GET:')
    print(
      `  home page at ${edgeHome.connections} connections: ${edgeHome.requestsPerSecond} req/s, p50 ${edgeHome.p50} ms, p99 ${edgeHome.p99} ms, ${edgeHome.errors + edgeHome.non2xx} errors`,
    )
    print(
      `  storm: the commune ${edgeStorm.storm.requestsPerSecond} req/s (p99 ${edgeStorm.storm.p99} ms), ten others ${edgeStorm.others.requestsPerSecond} req/s (p99 ${edgeStorm.others.p99} ms); publish to visible at the edge p50 ${edgeStorm.visibleMs.p50} ms, max ${edgeStorm.visibleMs.max} ms (${edgeStorm.missedEdits} missed of ${edgeStorm.edits})`,
    )
  } else print('Through Varnish: not measured (no varnishd on this machine).')
  print('Latency, one request at a time (cache off):')
  const latencyRows: (string | number)[][] = [['query', 'samples', 'p50 ms', 'p99 ms']]
  const latencies = {
    ...(results.lookups.home ? { 'home page (computed)': results.lookups.home } : {}),
    'legal filter (type + year + validity)': results.lookups.legalFilter,
    'procedure by code': results.lookups.procedureByCode,
    'search, one unit': results.search.perUnit,
    'search, province-wide': results.search.provinceWide,
  }
  for (const [name, latency] of Object.entries(latencies))
    latencyRows.push([name, latency.samples, latency.p50, latency.p99])
  table(latencyRows).forEach((line) => print(`  ${line}`))
  const { operations } = results
  print(
    `Operations: provisioning a unit ${median(operations.provisionMs)} ms (median of ${operations.provisionMs.length}); importing ${operations.procedures} procedures ${operations.importProceduresSeconds} s`,
  )
  const seed = results.seed as { documents?: number; perSecond?: number; seconds?: number; units?: number } | undefined
  print(
    seed
      ? `Full re-seed (latest seed report): ${seed.documents} documents of ${seed.units} units in ${seed.seconds} s (${seed.perSecond}/s)`
      : 'Full re-seed: no seed report in bench/results yet (npm run bench:seed writes one)',
  )
  print(
    `Cold start (API only, to first answer): ${results.coldStartMs.join(', ')} ms (the first start of the build, before its code cache: ${results.firstStartMs ?? '–'} ms); resident memory after the runs: ${results.rssMb.cold} MB (cache off), ${results.rssMb.warm} MB (cache on)`,
  )
  print('Targets:')
  const targetRows: (string | number)[][] = [['', 'target', 'measured', '']]
  for (const target of targets(results))
    targetRows.push([target.name, target.target, target.measured, target.met ? 'met' : 'NOT MET'])
  table(targetRows).forEach((line) => print(`  ${line}`))
}

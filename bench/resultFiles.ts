import fs from 'node:fs'
import path from 'node:path'

/** Where runs write their results: `bench/results/`, or BENCH_RESULTS_DIR (the smoke test's scratch folder). */
export const resultsDir = () => process.env.BENCH_RESULTS_DIR || 'bench/results'

export const writeResult = (name: string, data: unknown): string => {
  const file = path.join(resultsDir(), name)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`)
  return file
}

/** The newest seed report for a database kind (`seed-<date>-<db>.json`), if any. */
export const latestSeedReport = (database: string): unknown => {
  const dir = resultsDir()
  const files = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((file) => file.startsWith('seed-') && file.endsWith(`-${database}.json`))
    : []
  const latest = files.sort().at(-1)
  return latest ? JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8')) : undefined
}

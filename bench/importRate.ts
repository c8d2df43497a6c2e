import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { stringify } from 'csv-stringify/sync'

import { importRecords } from '../src/imports/importRecords'
import { PROCEDURES } from '../src/imports/kinds/procedures'
import type { NumberedRecord } from '../src/imports/readRecords'
import { numberOption, runAsCommand, secondsSince } from './commandLine'
import { BENCH_SQLITE_FILE, benchSettings, openBenchPayload } from './database'
import { writeResult } from './resultFiles'
import { writersAtOnce } from '../src/db/writersAtOnce'

/**
 * `npm run bench:import [-- --rows=N] [--writers=N]`: the import rate of administrative procedures (rows per second), into a
 * fresh benchmark database (`BENCH_DATABASE_URI`, default `data/bench-import.db`): a first run that creates
 * every row, a second of the same file (every row unchanged: what resuming an interrupted import costs), and a
 * third that changes every row; then the import command (`npm run import`, its start included, in the processes it
 * picks) creating the same rows in another unit. Writes bench/results/import-<date>-<db>.json.
 */
const FIELDS = ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Hoạt động xây dựng', 'Người có công', 'Bảo trợ xã hội']

const rowsOf = (count: number, suffix = ''): NumberedRecord[] =>
  Array.from({ length: count }, (_, index) => ({
    line: index + 2,
    record: {
      'Cách thức thực hiện': `Trực tiếp | ${(index % 15) + 1} ngày làm việc | Không\nTrực tuyến | ${(index % 10) + 1} ngày | Không`,
      'Cấp thực hiện': ['Cấp tỉnh', 'Cấp huyện', 'Cấp xã'][index % 3],
      'Lĩnh vực': FIELDS[index % FIELDS.length],
      'Mã thủ tục': `1.${String(100000 + index).padStart(6, '0')}`,
      'Tên thủ tục': `Thủ tục hành chính số ${index + 1}${suffix}`,
      'Thành phần hồ sơ': 'Tờ khai | 1 | 0\nBản sao giấy tờ tùy thân | 0 | 1',
      'Trình tự thực hiện': 'Nộp hồ sơ\nTiếp nhận và giải quyết\nTrả kết quả',
    },
  }))

const main = async () => {
  const rows = numberOption('rows') ?? 5000
  const writers = numberOption('writers')
  const settings = benchSettings(
    process.env.BENCH_DATABASE_URI ? {} : { DATABASE_URI: `file:${BENCH_SQLITE_FILE.replace('.db', '-import.db')}` },
  )
  const payload = await openBenchPayload(settings, { fresh: true })
  const { docs } = await payload.find({ collection: 'units', limit: 1, where: { code: { equals: '82' } } })
  const unit = docs[0]!.id
  const run = async (label: string, records: NumberedRecord[]) => {
    const started = performance.now()
    const report = await importRecords(payload, PROCEDURES, records, { unit, writersAtOnce: writers })
    const seconds = secondsSince(started)
    const rate = Math.round(records.length / Math.max(seconds, 0.1))
    process.stdout.write(
      `${label}: ${records.length} rows in ${seconds} s = ${rate} rows/s (${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected.length} rejected)\n`,
    )
    return {
      created: report.created,
      rate,
      rejected: report.rejected.length,
      seconds,
      unchanged: report.unchanged,
      updated: report.updated,
    }
  }
  /**
   * The command an administrator runs (`npm run import`), its start included, into another unit: in as many
   * processes as it picks for this database (src/imports/rules/shares.ts).
   */
  const commandLine = () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-'))
    const file = path.join(folder, 'thu-tuc.csv')
    const records = rowsOf(rows).map(({ record }) => record)
    fs.writeFileSync(file, stringify(records, { header: true }))
    const started = performance.now()
    const run = spawnSync('npm', ['run', '--silent', 'import', '--', 'procedures', '--unit', '815', file], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URI: settings.database.uri, LOG_LEVEL: 'warn' },
    })
    const seconds = secondsSince(started)
    fs.rmSync(folder, { force: true, recursive: true })
    if (run.status !== 0) throw new Error(`npm run import failed:\n${run.stdout}${run.stderr}`)
    const processes = Number(/Ghi bằng (\d+) tiến trình/.exec(run.stdout)?.[1] ?? 1)
    const rate = Math.round(rows / Math.max(seconds, 0.1))
    process.stdout.write(
      `command line (${processes} processes, start included): ${rows} rows in ${seconds} s = ${rate} rows/s\n`,
    )
    return { processes, rate, seconds }
  }
  const result = {
    database: settings.database.kind,
    date: new Date().toISOString(),
    rows,
    writersAtOnce: writers ?? writersAtOnce(settings.database.kind),
    runs: {
      create: await run('first import (creates)', rowsOf(rows)),
      rerun: await run('same file again (unchanged)', rowsOf(rows)),
      update: await run('every row changed (updates)', rowsOf(rows, ' (sửa đổi)')),
    },
    commandLine: commandLine(),
  }
  const file = writeResult(`import-${result.date.slice(0, 10)}-${result.database}.json`, result)
  process.stdout.write(`Written to ${file}\n`)
}

await runAsCommand('importRate.ts', main)

import { spawn } from 'node:child_process'
import { stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { SingleBar } from 'cli-progress'

import { auditImport, importRecords, type ImportOptions, type ImportReport } from '../imports/importRecords'
import { IMPORT_KINDS, isImportKind } from '../imports/kinds'
import { mergeReports, processesFor } from '../imports/rules/shares'
import { CommandFailure, findUnitByCode, readRecordsFile, runCommand, UsageError } from './session'

const USAGE = `Usage:
  npm run import -- procedures|legal-documents|news --unit CODE FILE.csv|FILE.json [--files FOLDER]
                    [--dry-run] [--draft] [--batch N] [--processes N]
    Imports administrative procedures, legal documents or news into a unit: an item already there (the same
    procedure code, document number or news slug) is updated (or left alone when nothing differs), a new one
    created. --files names the folder holding the documents' files and the news' images. --dry-run checks every
    row and stores nothing; --draft imports as drafts instead of publishing. On PostgreSQL and MongoDB a file of
    1,000 rows or more is written by one process per core (up to 4, one core left to PostgreSQL; --processes N to
    choose). Formats: the README ("Imports").`

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    batch: { type: 'string' },
    draft: { type: 'boolean' },
    files: { type: 'string' },
    'dry-run': { type: 'boolean' },
    processes: { type: 'string' },
    // Internal: this process writes share INDEX/OF of the file and prints its report as JSON (see shareOfFile).
    share: { type: 'string' },
    unit: { type: 'string' },
  },
  strict: false,
})

/** How a share's process marks its report among whatever else it prints. */
const SHARE_REPORT = 'IMPORT-SHARE-REPORT '

const number = (n: number) => n.toLocaleString('vi-VN')

/** The report as the person who ran the import reads it: the counts, then each rejected row and why. */
const summary = (report: ImportReport, file: string, unit: string): string => {
  const lines = [
    `${report.dryRun ? 'Chạy thử (không lưu gì)' : 'Đã nhập'} ${number(report.total)} dòng của ${file} vào ${unit}: ` +
      `${number(report.created)} tạo mới, ${number(report.updated)} cập nhật, ${number(report.unchanged)} không đổi, ` +
      `${number(new Set(report.rejected.map(({ line }) => line)).size)} bị từ chối.`,
    ...report.rejected.map(
      ({ field, label, line, message }) =>
        `  dòng ${line}${field ? `, ${label ?? field} (${field})` : ''}: ${message.vi}`,
    ),
  ]
  return `${lines.join('\n')}\n`
}

await runCommand(async (payload) => {
  const [kind, file] = positionals
  if (!isImportKind(kind) || !file) throw new UsageError(USAGE)
  const folder = typeof values.files === 'string' ? values.files : undefined
  if (
    folder !== undefined &&
    !(await stat(folder)
      .then((found) => found.isDirectory())
      .catch(() => false))
  )
    throw new UsageError(`--files ${folder}: no such folder.`)
  const unitCode = typeof values.unit === 'string' ? values.unit : undefined
  if (!unitCode) throw new UsageError(`--unit CODE is needed.\n${USAGE}`)
  const batchSize = typeof values.batch === 'string' ? Number(values.batch) : undefined
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000))
    throw new UsageError('--batch must be a whole number from 1 to 1000.')
  const asked = typeof values.processes === 'string' ? Number(values.processes) : undefined
  if (asked !== undefined && (!Number.isInteger(asked) || asked < 1 || asked > 16))
    throw new UsageError('--processes must be a whole number from 1 to 16.')
  const unit = await findUnitByCode(payload, unitCode)
  const records = await readRecordsFile(file)
  const options: ImportOptions = {
    batchSize,
    draft: values.draft === true,
    dryRun: values['dry-run'] === true,
    fileName: path.basename(file),
    folder,
    unit: unit.id,
  }
  const share = typeof values.share === 'string' ? /^(\d+)\/(\d+)$/.exec(values.share) : null
  if (values.share !== undefined && (!share || Number(share[1]) >= Number(share[2])))
    throw new UsageError('--share is internal: INDEX/OF, INDEX below OF.')
  if (share) {
    // One share of a multi-process import: progress to the parent, the report on a line marked SHARE_REPORT.
    const report = await importRecords(payload, IMPORT_KINDS[kind], records, {
      ...options,
      audit: false,
      onProgress: (done) => process.send?.({ done }),
      share: { index: Number(share[1]), of: Number(share[2]) },
    })
    process.stdout.write(`${SHARE_REPORT}${JSON.stringify(report)}\n`)
    return
  }
  const processes = processesFor({
    adapter: payload.db.name,
    asked,
    cores: os.availableParallelism(),
    rows: records.length,
  })
  // Rate and time left, on the terminal only (nothing when the output is a file or a pipe).
  const bar = new SingleBar({
    etaBuffer: 200,
    format: 'Nhập dữ liệu [{bar}] {percentage}% | {value}/{total} dòng | {rate} dòng/giây | còn {eta_formatted}',
    stream: process.stderr,
  })
  const started = Date.now()
  const doneBy = new Array<number>(processes).fill(0)
  const progress = (index: number, done: number) => {
    doneBy[index] = done
    const all = doneBy.reduce((sum, each) => sum + each, 0)
    bar.update(all, { rate: Math.round(all / Math.max((Date.now() - started) / 1000, 0.001)).toString() })
  }
  bar.start(records.length, 0, { rate: '–' })
  const [own, ...others] = await Promise.all([
    importRecords(payload, IMPORT_KINDS[kind], records, {
      ...options,
      audit: false,
      onProgress: (done) => progress(0, done),
      share: { index: 0, of: processes },
    }),
    ...Array.from({ length: processes - 1 }, (_, index) => {
      const args = [kind, file, '--unit', unitCode, ...(folder ? ['--files', folder] : [])]
      if (batchSize !== undefined) args.push('--batch', String(batchSize))
      if (options.draft) args.push('--draft')
      if (options.dryRun) args.push('--dry-run')
      return shareOfFile([...args, `--share=${index + 1}/${processes}`], index + 1, processes, progress)
    }),
  ])
  bar.stop()
  const failed = others.filter((each) => typeof each === 'string')
  const report = mergeReports([own, ...others.filter((each): each is ImportReport => typeof each !== 'string')])
  if (!options.dryRun) await auditImport(payload, IMPORT_KINDS[kind], report, options)
  process.stdout.write(summary(report, path.basename(file), unit.title ?? unit.name))
  if (processes > 1) process.stdout.write(`Ghi bằng ${processes} tiến trình song song.\n`)
  if (failed.length > 0)
    throw new CommandFailure(
      `Một phần của lần nhập dừng giữa chừng (các dòng đã nhập vẫn được giữ; chạy lại cùng lệnh để nhập nốt):\n${failed.join('\n')}`,
    )
  if (report.rejected.length > 0)
    throw new CommandFailure('Có dòng bị từ chối: sửa các dòng trên rồi chạy lại (các dòng đã nhập không bị nhập lại).')
})

/**
 * Runs share `index` of `of` in a process of its own (this command again, with `--share`): its report, or what it
 * printed when it stopped without one.
 */
function shareOfFile(
  args: string[],
  index: number,
  of: number,
  progress: (index: number, done: number) => void,
): Promise<ImportReport | string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...args], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    let output = ''
    let errors = ''
    child.stdout!.on('data', (chunk) => (output += chunk))
    child.stderr!.on('data', (chunk) => (errors += chunk))
    child.on('message', (message: { done?: number }) => {
      if (typeof message?.done === 'number') progress(index, message.done)
    })
    child.on('close', (code) => {
      const line = output.split('\n').find((each) => each.startsWith(SHARE_REPORT))
      try {
        if (code === 0 && line) return resolve(JSON.parse(line.slice(SHARE_REPORT.length)) as ImportReport)
      } catch {
        // Not a report: told below.
      }
      resolve(
        `  phần ${index + 1}/${of} (mã thoát ${code}): ${(errors || output).trim().split('\n').slice(-3).join(' ')}`,
      )
    })
  })
}

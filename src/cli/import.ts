import { stat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { SingleBar } from 'cli-progress'

import { importRecords, type ImportReport } from '../imports/importRecords'
import { IMPORT_KINDS, isImportKind } from '../imports/kinds'
import { CommandFailure, findUnitByCode, readRecordsFile, runCommand, UsageError } from './session'

const USAGE = `Usage:
  npm run import -- procedures|legal-documents|news --unit CODE FILE.csv|FILE.json [--files FOLDER]
                    [--dry-run] [--draft] [--batch N]
    Imports administrative procedures, legal documents or news into a unit: an item already there (the same
    procedure code, document number or news slug) is updated (or left alone when nothing differs), a new one
    created. --files names the folder holding the documents' files and the news' images. --dry-run checks every
    row and stores nothing; --draft imports as drafts instead of publishing. Formats: the README ("Imports").`

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    batch: { type: 'string' },
    draft: { type: 'boolean' },
    files: { type: 'string' },
    'dry-run': { type: 'boolean' },
    unit: { type: 'string' },
  },
  strict: false,
})

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
  const unit = await findUnitByCode(payload, unitCode)
  const records = await readRecordsFile(file)
  // Rate and time left, on the terminal only (nothing when the output is a file or a pipe).
  const bar = new SingleBar({
    etaBuffer: 200,
    format: 'Nhập dữ liệu [{bar}] {percentage}% | {value}/{total} dòng | {rate} dòng/giây | còn {eta_formatted}',
    stream: process.stderr,
  })
  const started = Date.now()
  bar.start(records.length, 0, { rate: '–' })
  const report = await importRecords(payload, IMPORT_KINDS[kind], records, {
    folder,
    batchSize,
    draft: values.draft === true,
    dryRun: values['dry-run'] === true,
    fileName: path.basename(file),
    onProgress: (done) =>
      bar.update(done, { rate: Math.round(done / Math.max((Date.now() - started) / 1000, 0.001)).toString() }),
    unit: unit.id,
  })
  bar.stop()
  process.stdout.write(summary(report, path.basename(file), unit.title ?? unit.name))
  if (report.rejected.length > 0)
    throw new CommandFailure('Có dòng bị từ chối: sửa các dòng trên rồi chạy lại (các dòng đã nhập không bị nhập lại).')
})

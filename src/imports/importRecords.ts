import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'

import type { Message } from '../base/errors/fieldError'
import type { Id } from '../base/ids'
import { recordAudit } from '../audit/record'
import { inParallel } from '../base/inParallel'
import { writersAtOnce } from '../db/writersAtOnce'
import { deferInserts, dropDeferredInserts, flushDeferredInserts } from '../internals/deferredInserts'
import { planOnceInTransaction } from '../internals/sqlAdapter'
import { MissingFile } from './folderFiles'
import type { NumberedRecord } from './readRecords'
import type { RawRecord, RecordProblem } from './rules/cells'
import { upsertAction } from './rules/upsert'

/** A row that was not imported: its line, the field at fault (its name and its label as the panel shows it), why. */
export type Rejection = { field?: string; label?: string; line: number; message: Message }

export type ImportReport = {
  created: number
  dryRun: boolean
  rejected: Rejection[]
  total: number
  unchanged: number
  updated: number
}

export type ImportOptions = {
  /** Rows written per transaction; a batch with a bad row is written again row by row. */
  batchSize?: number
  /** Import as drafts instead of publishing. */
  draft?: boolean
  /** Check everything, store nothing. */
  dryRun?: boolean
  /** What the file is called, for the audit log. */
  fileName?: string
  /** The folder the file's attachments and images are read from (CLI `--files`). */
  folder?: string
  onProgress?: (done: number, total: number) => void
  unit: Id
  /** The person importing (their rights apply); none from the command line, which acts as the system. */
  user?: TypedUser
  /** Whether to log the import (one audit entry); off in the shares of a multi-process import, logged once by the first. */
  audit?: boolean
  /**
   * This process's share of a multi-process import (src/imports/rules/shares.ts): the batches whose number is `index`
   * modulo `of`. Every share reads the whole file (so of two rows with one key the first is kept everywhere); the
   * rows refused as read are reported by share 0 alone.
   */
  share?: { index: number; of: number }
  /** Batches written at once, each in its own transaction (default: what the database allows, src/db/writersAtOnce.ts). */
  writersAtOnce?: number
}

/** A record read: the data to compare and store, the key it is matched on within the unit, what else it brings. */
export type ParsedRecord = { data: Record<string, unknown>; extra?: unknown; key: string }

/**
 * What one kind of import is (src/imports/kinds/): its collection, the field a record is matched on within the
 * unit, how a record reads (a pure rule), and what a row brings in besides its fields when it is created (files,
 * images, a converted body), in the row's transaction.
 */
export type ImportKind = {
  collection: 'legal-documents' | 'news' | 'procedures'
  keyField: string
  parse: (payload: Payload, record: RawRecord) => ParsedRecord | { problems: RecordProblem[] }
  prepare?: (req: PayloadRequest, row: ParsedRecord, options: ImportOptions) => Promise<Record<string, unknown>>
}

type Planned = { action: 'create' | 'update'; id?: Id; line: number; row: ParsedRecord }

/** A field's label in Vietnamese, as the admin panel shows it ("Mã thủ tục" for `code`). */
const labelOf = (payload: Payload, kind: ImportKind, field: string | undefined): string | undefined => {
  if (!field) return undefined
  const found = payload.collections[kind.collection].config.flattenedFields.find(
    ({ name }) => name === field.split('.')[0],
  )
  const label = found && 'label' in found ? found.label : undefined
  return label && typeof label === 'object' && 'vi' in label ? String(label.vi) : undefined
}

const storedIn = async (payload: Payload, kind: ImportKind, unit: Id, keys: string[]) => {
  const { docs } = await payload.find({
    collection: kind.collection,
    depth: 0,
    draft: true,
    limit: 0,
    locale: 'vi',
    overrideAccess: true,
    pagination: false,
    // The unit's own items: those a merger brought in keep their former unit's key (tenants/fields.ts).
    where: { and: [{ unit: { equals: unit } }, { originUnit: { equals: unit } }, { [kind.keyField]: { in: keys } }] },
  })
  return new Map(
    docs.map((doc) => [
      String((doc as unknown as Record<string, unknown>)[kind.keyField]),
      doc as unknown as Record<string, unknown> & { id: Id },
    ]),
  )
}

/** The field and message of a failed write, for the report (Payload's validation errors name their fields). */
const rejectionOf = (line: number, error: unknown): Rejection[] => {
  if (error instanceof MissingFile) return [{ field: error.field, line, message: error.why }]
  const fields = (error as { data?: { errors?: Array<{ message: string; path: string }> } }).data?.errors
  if (fields?.length)
    return fields.map(({ message, path }) => ({ field: path, line, message: { en: message, vi: message } }))
  const message = (error as Error).message ?? String(error)
  return [{ line, message: { en: message, vi: message } }]
}

/**
 * Writes planned rows in one transaction. Returns the rows that failed (each with why); when one fails, the
 * whole transaction is undone and each row is written again in its own, so the good ones land and a bad one
 * never leaves half a document. In a dry run every transaction is undone.
 */
const writeBatch = async (
  payload: Payload,
  kind: ImportKind,
  rows: Planned[],
  options: ImportOptions & { reqFor: () => Promise<PayloadRequest> },
): Promise<Rejection[]> => {
  const attempt = async (batch: Planned[]) => {
    const req = await options.reqFor()
    await initTransaction(req)
    try {
      await planOnceInTransaction(req)
      // Several items, all new or all changed: their rows are written table by table at the end
      // (src/internals/deferredInserts.ts).
      if (batch.length > 1)
        deferInserts(req, kind.collection, { updating: batch.flatMap(({ id }) => (id === undefined ? [] : [id])) })
      for (const row of batch) {
        const brought = row.action === 'create' && kind.prepare ? await kind.prepare(req, row.row, options) : {}
        const data = {
          ...row.row.data,
          ...brought,
          _status: options.draft ? 'draft' : 'published',
          unit: options.unit,
        } as never
        const common = {
          depth: 0,
          draft: Boolean(options.draft),
          locale: 'vi' as const,
          overrideAccess: !options.user,
          req,
        }
        if (row.action === 'create') await payload.create({ collection: kind.collection, data, ...common })
        else await payload.update({ collection: kind.collection, data, id: row.id!, ...common })
      }
      // Written in a dry run too: a duplicate key among them shows there as it would for real.
      await flushDeferredInserts(req)
      if (options.dryRun) await killTransaction(req)
      else await commitTransaction(req)
      return undefined
    } catch (error) {
      dropDeferredInserts(req)
      await killTransaction(req)
      return error
    }
  }
  if ((await attempt(rows)) === undefined) return []
  const rejected: Rejection[] = []
  for (const row of rows) {
    const error = await attempt([row])
    if (error !== undefined) rejected.push(...rejectionOf(row.line, error))
  }
  return rejected
}

/**
 * Imports a file's records into one unit: each record creates the unit's item of its key (a procedure code, a
 * document number, a news slug), or updates its fields, or leaves it as it is when it already says the same (so
 * a re-run, or a run resumed after an interruption, changes nothing it already did). Files and images come in
 * with the item when it is created. Rows are checked and written in batches; a rejected row is reported with its
 * line and reason and never stops the others. One audit entry tells who imported what.
 */
export const importRecords = async (
  payload: Payload,
  kind: ImportKind,
  records: NumberedRecord[],
  options: ImportOptions,
): Promise<ImportReport> => {
  const batchSize = options.batchSize ?? 50
  const report: ImportReport = {
    created: 0,
    dryRun: Boolean(options.dryRun),
    rejected: [],
    total: records.length,
    unchanged: 0,
    updated: 0,
  }
  const reqFor = () => createLocalReq({ context: { importing: true }, user: options.user }, payload)
  const share = options.share ?? { index: 0, of: 1 }
  const readRejections: Rejection[] = []
  // Every record is read first, in the file's order, so that of two rows with one key the first is kept.
  const firstLineOf = new Map<string, number>()
  const parsed = records.flatMap(({ line, record }) => {
    const result = kind.parse(payload, record)
    if ('problems' in result) {
      readRejections.push(...result.problems.map(({ field, message }) => ({ field, line, message })))
      return []
    }
    const first = firstLineOf.get(result.key)
    if (first !== undefined) {
      readRejections.push({
        field: kind.keyField,
        line,
        message: {
          en: `"${result.key}" is already on line ${first} of this file.`,
          vi: `"${result.key}" đã có ở dòng ${first} của tệp này.`,
        },
      })
      return []
    }
    firstLineOf.set(result.key, line)
    return [{ line, row: result }]
  })
  if (share.index === 0) report.rejected.push(...readRejections)
  // Batches hold distinct keys, so several can be written at once, each in its own transaction.
  const batches = Array.from({ length: Math.ceil(parsed.length / batchSize) }, (_, index) =>
    parsed.slice(index * batchSize, (index + 1) * batchSize),
  ).filter((_, index) => index % share.of === share.index)
  let done = share.index === 0 ? records.length - parsed.length : 0
  await inParallel(batches, options.writersAtOnce ?? writersAtOnce(payload.db.name), async (batch) => {
    const stored = await storedIn(
      payload,
      kind,
      options.unit,
      batch.map(({ row }) => row.key),
    )
    const planned: Planned[] = []
    for (const { line, row } of batch) {
      const existing = stored.get(row.key)
      const action = upsertAction(existing, row.data)
      if (action === 'unchanged') report.unchanged += 1
      else planned.push({ action, id: existing?.id, line, row })
    }
    // New items and changed ones in separate transactions, each written in bulk (writeBatch).
    const rejected: Rejection[] = []
    for (const action of ['create', 'update'] as const) {
      const rows = planned.filter((row) => row.action === action)
      if (rows.length) rejected.push(...(await writeBatch(payload, kind, rows, { ...options, reqFor })))
    }
    const failedLines = new Set(rejected.map(({ line }) => line))
    for (const row of planned) {
      if (failedLines.has(row.line)) continue
      if (row.action === 'create') report.created += 1
      else report.updated += 1
    }
    report.rejected.push(...rejected)
    done += batch.length
    options.onProgress?.(done, records.length)
  })
  report.rejected.sort((a, b) => a.line - b.line)
  for (const rejection of report.rejected) rejection.label ??= labelOf(payload, kind, rejection.field)
  if (!options.dryRun && options.audit !== false) await auditImport(payload, kind, report, options)
  return report
}

/** The one audit entry of an import: who imported which file into which unit, and the counts. */
export const auditImport = async (
  payload: Payload,
  kind: ImportKind,
  report: ImportReport,
  options: Pick<ImportOptions, 'fileName' | 'unit' | 'user'>,
): Promise<void> => {
  await recordAudit(await createLocalReq({ context: { importing: true }, user: options.user }, payload), {
    action: 'import',
    // From the command line no one is signed in: the entry says so.
    actor: options.user ? undefined : { email: 'dòng lệnh (npm run import)' },
    changes: [
      { field: 'created', from: null, to: report.created },
      { field: 'updated', from: null, to: report.updated },
      { field: 'unchanged', from: null, to: report.unchanged },
      { field: 'rejected', from: null, to: new Set(report.rejected.map(({ line }) => line)).size },
    ],
    collection: kind.collection,
    title: options.fileName,
    unit: options.unit,
  })
}

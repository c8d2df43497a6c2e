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
import { normalizeCodeText } from '../base/formats/normalizeCode'
import type { Id } from '../base/ids'
import { recordAudit } from '../audit/record'
import { NATIONAL_FIELDS } from '../fields/choices/lists'
import { spelledAsChoice } from '../fields/choices/rules'
import type { NumberedRecord } from './readRecords'
import { type ProcedureData, procedureFromRecord } from './rules/procedureRecord'
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
  onProgress?: (done: number, total: number) => void
  unit: Id
  /** The person importing (their rights apply); none from the command line, which acts as the system. */
  user?: TypedUser
}

type Planned = { action: 'create' | 'update'; data: ProcedureData; id?: Id; line: number }

/** A procedure field's label in Vietnamese, as the admin panel shows it ("Mã thủ tục" for `code`). */
const labelOf = (payload: Payload, field: string | undefined): string | undefined => {
  if (!field) return undefined
  const found = payload.collections.procedures.config.flattenedFields.find(({ name }) => name === field.split('.')[0])
  const label = found && 'label' in found ? found.label : undefined
  return label && typeof label === 'object' && 'vi' in label ? String(label.vi) : undefined
}

const storedIn = async (payload: Payload, unit: Id, codes: string[]) => {
  const { docs } = await payload.find({
    collection: 'procedures',
    depth: 0,
    draft: true,
    limit: 0,
    locale: 'vi',
    overrideAccess: true,
    pagination: false,
    // The unit's own procedures: those a merger brought in keep their former unit's code (tenants/fields.ts).
    where: { and: [{ unit: { equals: unit } }, { originUnit: { equals: unit } }, { code: { in: codes } }] },
  })
  return new Map(docs.map((doc) => [doc.code, doc as unknown as Record<string, unknown> & { id: Id }]))
}

/** The field and message of a failed write, for the report (Payload's validation errors name their fields). */
const rejectionOf = (line: number, error: unknown): Rejection[] => {
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
  rows: Planned[],
  options: ImportOptions & { reqFor: () => Promise<PayloadRequest> },
): Promise<Rejection[]> => {
  const attempt = async (batch: Planned[]) => {
    const req = await options.reqFor()
    await initTransaction(req)
    try {
      for (const row of batch) {
        const data = { ...row.data, _status: options.draft ? 'draft' : 'published', unit: options.unit } as never
        const common = {
          depth: 0,
          draft: Boolean(options.draft),
          locale: 'vi' as const,
          overrideAccess: !options.user,
          req,
        }
        if (row.action === 'create') await payload.create({ collection: 'procedures', data, ...common })
        else await payload.update({ collection: 'procedures', data, id: row.id!, ...common })
      }
      if (options.dryRun) await killTransaction(req)
      else await commitTransaction(req)
      return undefined
    } catch (error) {
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
 * Imports administrative procedures into one unit: each record creates the unit's procedure of its code, or
 * updates it, or leaves it as it is when it already says the same (so a re-run, or a run resumed after an
 * interruption, changes nothing it already did). Rows are checked and written in batches; a rejected row is
 * reported with its line and reason and never stops the others. One audit entry tells who imported what.
 */
export const importProcedures = async (
  payload: Payload,
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
  const firstLineOf = new Map<string, number>()
  let done = 0
  for (let start = 0; start < records.length; start += batchSize) {
    const batch = records.slice(start, start + batchSize)
    const parsed = batch.flatMap(({ line, record }) => {
      const result = procedureFromRecord(record)
      if ('problems' in result) {
        report.rejected.push(...result.problems.map(({ field, message }) => ({ field, line, message })))
        return []
      }
      const code = normalizeCodeText(result.data.code)
      const first = firstLineOf.get(code)
      if (first !== undefined) {
        report.rejected.push({
          field: 'code',
          line,
          message: {
            en: `The code ${code} is already on line ${first} of this file.`,
            vi: `Mã ${code} đã có ở dòng ${first} của tệp này.`,
          },
        })
        return []
      }
      firstLineOf.set(code, line)
      // Stored as the collection stores them, so a re-run compares like with like ("ho tich" is kept "Hộ tịch").
      const field = result.data.field && spelledAsChoice(result.data.field, NATIONAL_FIELDS)
      return [{ data: { ...result.data, code, field }, line }]
    })
    const stored = await storedIn(
      payload,
      options.unit,
      parsed.map(({ data }) => data.code),
    )
    const planned: Planned[] = []
    for (const { data, line } of parsed) {
      const existing = stored.get(data.code)
      const action = upsertAction(existing, data)
      if (action === 'unchanged') report.unchanged += 1
      else planned.push({ action, data, id: existing?.id, line })
    }
    const rejected = planned.length ? await writeBatch(payload, planned, { ...options, reqFor }) : []
    const failedLines = new Set(rejected.map(({ line }) => line))
    for (const row of planned) {
      if (failedLines.has(row.line)) continue
      if (row.action === 'create') report.created += 1
      else report.updated += 1
    }
    report.rejected.push(...rejected)
    done += batch.length
    options.onProgress?.(done, records.length)
  }
  report.rejected.sort((a, b) => a.line - b.line)
  for (const rejection of report.rejected) rejection.label ??= labelOf(payload, rejection.field)
  if (!options.dryRun) {
    await recordAudit(await reqFor(), {
      action: 'import',
      // From the command line no one is signed in: the entry says so.
      actor: options.user ? undefined : { email: 'dòng lệnh (npm run import)' },
      changes: [
        { field: 'created', from: null, to: report.created },
        { field: 'updated', from: null, to: report.updated },
        { field: 'unchanged', from: null, to: report.unchanged },
        { field: 'rejected', from: null, to: new Set(report.rejected.map(({ line }) => line)).size },
      ],
      collection: 'procedures',
      title: options.fileName,
      unit: options.unit,
    })
  }
  return report
}

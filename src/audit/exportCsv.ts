import { stringify } from 'csv-stringify/sync'
import type { Payload, PayloadRequest, Where } from 'payload'

import { vietnamTableDate } from '../base/time/vietnamDay'
import { AUDIT_ACTIONS, AUDIT_COLLECTION, type AuditAction } from './actions'
import type { FieldChange } from './rules/changes'

const HEADER = [
  'Số thứ tự',
  'Thời điểm (giờ Việt Nam)',
  'Thời điểm (UTC)',
  'Hành động',
  'Người thực hiện',
  'Địa chỉ IP',
  'Đơn vị',
  'Danh mục',
  'Mã mục',
  'Mục',
  'Các trường thay đổi',
  'Mã băm',
]

type Entry = {
  action: AuditAction
  actorEmail?: string | null
  address?: string | null
  at: string
  changes?: FieldChange[] | null
  collection?: string | null
  documentId?: string | null
  documentTitle?: string | null
  hash?: string | null
  sequence: number
  unitTitle?: string | null
}

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))

/** "title: «Tin A» → «Tin B»; body" — what changed, as one cell. */
export const describeChanges = (changes: FieldChange[] | null | undefined): string =>
  (changes ?? [])
    .map((change) =>
      'to' in change ? `${change.field}: «${shown(change.from)}» → «${shown(change.to)}»` : change.field,
    )
    .join('; ')

/** Entries read per query while exporting. */
const PAGE = 1000

/**
 * The audit entries matching `where`, oldest first, as CSV chunks (a header first, with a byte-order mark so
 * spreadsheet programs read the Vietnamese right). With `req`, only what that person may read (the endpoint);
 * without, everything (the CLI).
 */
export async function* auditCsv(payload: Payload, where: Where, req?: PayloadRequest): AsyncGenerator<string> {
  yield `\uFEFF${stringify([HEADER])}`
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: AUDIT_COLLECTION,
      depth: 0,
      limit: PAGE,
      overrideAccess: !req,
      page,
      req,
      sort: 'sequence',
      user: req?.user,
      where,
    })
    const rows = (docs as unknown as Entry[]).map((entry) => [
      entry.sequence,
      vietnamTableDate(entry.at),
      new Date(entry.at).toISOString(),
      AUDIT_ACTIONS[entry.action]?.vi ?? entry.action,
      entry.actorEmail ?? '',
      entry.address ?? '',
      entry.unitTitle ?? '',
      entry.collection ?? '',
      entry.documentId ?? '',
      entry.documentTitle ?? '',
      describeChanges(entry.changes),
      entry.hash ?? '',
    ])
    if (rows.length) yield stringify(rows)
    if (!hasNextPage) return
  }
}

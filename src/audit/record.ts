import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { type Id } from '../base/ids'
import { vietnameseText } from '../base/locale'
import { CLIENT_ADDRESS_HEADER } from '../base/origin'
import { lockInTransaction } from '../internals/sqlAdapter'
import { AUDIT_COLLECTION, type AuditAction } from './actions'
import { type ChainedEntry, entryHash, GENESIS } from './rules/chain'
import type { FieldChange } from './rules/changes'

/** What happened, as a hook or an operation tells the log. */
export type AuditEvent = {
  action: AuditAction
  /** Who, when it is not the request's user (a sign-in, a reset: the person; a failed sign-in: the address tried). */
  actor?: { email?: unknown; id?: unknown }
  changes?: FieldChange[]
  collection?: string
  document?: Id
  title?: string
  unit?: Id
}

/** The advisory lock the appenders of the chain take turns on (PostgreSQL): "audit" in ASCII. */
const CHAIN_LOCK = 0x61756469

/** A unit's title for the log, read through the adapter (no access, no locale switch; see setTitle.ts). */
const unitTitleOf = async (req: PayloadRequest, unit: Id): Promise<string | undefined> => {
  const found = await req.payload.db.findOne<{ id: Id; name?: unknown; title?: unknown }>({
    collection: 'units',
    locale: 'vi',
    req,
    where: { id: { equals: unit } },
  })
  return vietnameseText(found?.title) ?? vietnameseText(found?.name)
}

const text = (value: unknown, max: number): string | null =>
  value === undefined || value === null || value === '' ? null : String(value).slice(0, max)

/**
 * Appends an entry to the audit log in the request's transaction, so it is stored exactly when the change it
 * describes is (a refused or failed write leaves no entry), chained to the entry before it. Appenders take turns:
 * SQLite runs one write transaction at a time; on PostgreSQL a transaction-scoped advisory lock orders them.
 */
export const recordAudit = async (req: PayloadRequest, event: AuditEvent): Promise<void> => {
  const started = await initTransaction(req)
  try {
    await lockInTransaction(req, CHAIN_LOCK)
    const { docs } = await req.payload.find({
      collection: AUDIT_COLLECTION,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      select: { hash: true, sequence: true },
      sort: '-sequence',
    })
    const last = docs[0] as { hash?: string; sequence?: number } | undefined
    const user = event.actor ?? (req.user?.collection === 'users' ? req.user : undefined)
    const entry: ChainedEntry = {
      action: event.action,
      actorEmail: text(user?.email, 320),
      actorId: text(user?.id, 40),
      address: text(req.headers?.get?.(CLIENT_ADDRESS_HEADER), 64),
      at: new Date().toISOString(),
      changes: event.changes?.length ? event.changes : null,
      collection: text(event.collection, 100),
      documentId: text(event.document, 40),
      documentTitle: text(event.title, 300),
      previousHash: last?.hash ?? GENESIS,
      sequence: (last?.sequence ?? 0) + 1,
      unitId: text(event.unit, 40),
      unitTitle: event.unit === undefined ? null : text(await unitTitleOf(req, event.unit), 300),
    }
    await req.payload.create({
      collection: AUDIT_COLLECTION,
      data: { ...entry, hash: entryHash(entry) } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (started) await commitTransaction(req)
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}

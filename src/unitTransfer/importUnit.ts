import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type TypedUser,
} from 'payload'

import { recordAudit } from '../audit/record'
import type { Id } from '../base/ids'
import { UNITS_TAG } from '../cache/rules/tags'
import { invalidateCommitted } from '../cache/invalidate'
import { unitScopedOf } from '../declaration'
import { planOnceInTransaction } from '../internals/sqlAdapter'
import {
  type ArchiveItem,
  type ArchiveLimits,
  BadArchive,
  type ItemState,
  readItems,
  readManifest,
  readOutside,
  unpackArchive,
} from './archive'
import { fieldsOf, keyFieldOf, referenceKey, transferCollections } from './exportUnit'
import { dataInLocale, hasValuesIn, type Reference, referencesOf, withReferences, withRowIds } from './rules/fields'
import { writingOrder } from './rules/order'
import { unitCodes } from './unitCodes'

/** An import that cannot go ahead, and why, in both languages; nothing was written. */
export class ImportRefused extends Error {
  constructor(readonly why: { en: string; vi: string }) {
    super(why.en)
  }
}

export type UnitImportReport = {
  collections: Record<string, number>
  files: number
  /** Items in a circle of references (two documents citing each other): their last state has every reference,
   * their earlier versions lack the ones that closed the circle. */
  completedLater: string[]
  /** Each archive item's new id, by `collection:old id`. */
  ids: Record<string, Id>
  /** References that could not be kept (a unit this instance does not have, or an item of one), left out; an
   * item's original unit then becomes the unit it is imported into. */
  unresolved: Array<{ item: string; reference: string }>
  unit: string
}

// Written by the system, or worked out from the file, never copied from the archive.
const SYSTEM_FIELDS = [
  'id',
  'updatedAt',
  'sizes',
  'url',
  'thumbnailURL',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
]
const LOCALES = ['vi', 'en'] as const

type Context = {
  archive: string
  collections: Map<string, SanitizedCollectionConfig>
  created: Map<string, Id>
  inArchive: ReadonlySet<string>
  outside: Map<string, Id>
  report: UnitImportReport
  req: PayloadRequest
  target: Id
  unitIds: Map<string, Id>
  written: string[]
}

const write = async (ctx: Context, item: ArchiveItem, complete: boolean): Promise<void> => {
  const collection = ctx.collections.get(item.collection)!
  const fields = fieldsOf(collection)
  const key = referenceKey({ id: item.id, relationTo: item.collection })
  const resolve = (reference: Reference): Id | null => {
    const referenceText = referenceKey(reference)
    const id =
      reference.relationTo === 'units'
        ? ctx.unitIds.get(String(reference.id))
        : (ctx.created.get(referenceText) ?? ctx.outside.get(referenceText))
    if (id !== undefined) return id
    // Not written yet: an item of this archive closing a circle, completed once everything exists.
    if (!complete && ctx.inArchive.has(referenceText)) return null
    if (!ctx.report.unresolved.some((entry) => entry.item === key && entry.reference === referenceText))
      ctx.report.unresolved.push({ item: key, reference: referenceText })
    return null
  }
  const rows = new Map<string, string>()
  const renew = (old: string) => {
    if (!rows.has(old)) rows.set(old, randomBytes(12).toString('hex'))
    return rows.get(old)!
  }
  const declaration = unitScopedOf(collection)
  const states = complete ? item.states.slice(-1) : item.states
  let id = ctx.created.get(key)
  if (id === undefined && declaration?.onePerUnit) {
    const { docs } = await ctx.req.payload.find({
      collection: item.collection as 'unit-profiles',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req: ctx.req,
      where: { unit: { equals: ctx.target } },
    })
    id = docs[0]?.id
    // The unit's own profile, made with the unit, is replaced by the archive's, its history too.
    if (id !== undefined && collection.versions)
      await ctx.req.payload.db.deleteVersions({
        collection: item.collection as 'unit-profiles',
        req: ctx.req,
        where: { parent: { equals: id } },
      })
  }
  for (const state of states) {
    // Array and block rows get new ids (a row's id is unique in its whole table); the same row keeps the same.
    const data = withRowIds(fields, withReferences(fields, withoutSystemFields(state), resolve), renew)
    let written = 0
    for (const locale of LOCALES) {
      if (locale !== 'vi' && !hasValuesIn(fields, data, locale)) continue
      written += 1
      const localeData: Record<string, unknown> = {
        ...dataInLocale(fields, data, locale),
        originUnit: data.originUnit,
        unit: ctx.target,
      }
      if (state.status) localeData._status = state.status
      const options = {
        collection: item.collection as 'news',
        context: ctx.req.context,
        depth: 0,
        draft: state.status === 'draft',
        locale,
        overrideAccess: true,
        req: ctx.req,
      } as const
      if (id === undefined) {
        const file = item.file ? readFile(ctx, item) : undefined
        const doc = await ctx.req.payload.create({ ...options, data: localeData as never, file })
        id = doc.id
        if (file) ctx.written.push(...storedFiles(collection, doc as unknown as Record<string, unknown>))
      } else await ctx.req.payload.update({ ...options, data: localeData as never, id })
    }
    // One version per state: the state's first writes (one locale of it, or, completing, the state without
    // the references it was waiting for) leave the history.
    const superseded = complete ? written : written - 1
    if (collection.versions && superseded > 0) await dropVersionsBeforeLast(ctx, item.collection, id!, superseded)
  }
  if (!complete) {
    ctx.created.set(key, id!)
    ctx.report.ids[key] = id!
    ctx.report.collections[item.collection] = (ctx.report.collections[item.collection] ?? 0) + 1
    if (item.file) ctx.report.files += 1
  }
}

/**
 * Payload writes one locale at a time (a write with `locale: 'all'` is not supported, payloadcms/payload#16345
 * and the open #14077), so a state with English text takes two writes and two versions; the versions before the
 * last `count` + 1 of them are dropped.
 */
const dropVersionsBeforeLast = async (ctx: Context, collection: string, id: Id, count: number) => {
  const { docs } = await ctx.req.payload.findVersions({
    collection: collection as 'news',
    depth: 0,
    limit: count + 1,
    overrideAccess: true,
    req: ctx.req,
    // Ids grow with each write; two writes can share a millisecond of `createdAt`.
    sort: '-id',
    where: { parent: { equals: id } },
  })
  const older = docs.slice(1).map((version) => version.id)
  if (older.length)
    await ctx.req.payload.db.deleteVersions({
      collection: collection as 'news',
      req: ctx.req,
      where: { id: { in: older } },
    })
}

/** The files an upload wrote: the file and its resized images. */
const storedFiles = (collection: SanitizedCollectionConfig, doc: Record<string, unknown>): string[] => {
  const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: unknown }>)
  return [doc.filename, ...sizes.map((size) => size?.filename)]
    .filter((name): name is string => typeof name === 'string' && name !== '')
    .map((name) => path.join(collection.upload.staticDir ?? '', name))
}

const withoutSystemFields = (state: ItemState): Record<string, unknown> => {
  const data = { ...state.data }
  for (const name of SYSTEM_FIELDS) delete data[name]
  delete data._status
  return data
}

const readFile = (ctx: Context, item: ArchiveItem) => {
  const file = path.join(ctx.archive, item.file!.path)
  if (!path.resolve(file).startsWith(path.resolve(ctx.archive) + path.sep) || !fs.existsSync(file))
    throw new BadArchive({
      en: `The file of ${item.collection} ${item.id} is missing from the archive.`,
      vi: `Tệp lưu trữ thiếu tệp của ${item.collection} ${item.id}.`,
    })
  const data = fs.readFileSync(file)
  return { data, mimetype: item.file!.mimeType, name: item.file!.name, size: data.length }
}

const COMMAND_LINE = { email: 'dòng lệnh (npm run unit -- import)' }

/**
 * Loads a unit's archive (written by exportUnit, from this instance or another, of any database kind) into a
 * unit here: the archive's own unit, or `as`. Every item gets a new id and every reference follows it: to an item
 * of the archive, to a unit by its code, to another unit's item by its key (a category of the province found by
 * its slug); what cannot be found is left out and reported. Items are written in an order that meets their
 * references (src/unitTransfer/rules/order.ts), each state in turn, so a draft on a published item stays a
 * draft, and with the archive's versions their history too.
 *
 * All in one transaction: the unit gets everything or nothing (the upload files already written are removed
 * again). The unit must not have content of its own in those collections yet, but for its profile, which is
 * overwritten; caches are emptied once and one audit entry says who imported what.
 */
export const importUnit = async (
  payload: Payload,
  { as, file, limits, user }: { as?: string; file: string; limits?: ArchiveLimits; user?: TypedUser },
): Promise<UnitImportReport> => {
  const archive = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-unit-import-'))
  try {
    await unpackArchive(file, archive, limits)
    const manifest = readManifest(archive)
    const items = readItems(archive)
    const outsideItems = readOutside(archive)
    const code = as ?? manifest.unit.code
    const collections = new Map<string, SanitizedCollectionConfig>(
      transferCollections(payload).map((collection) => [collection.slug, collection]),
    )
    const unknown = [...new Set(items.map(({ collection }) => collection))].filter((slug) => !collections.has(slug))
    if (unknown.length)
      throw new ImportRefused({
        en: `The archive holds collections this instance does not take: ${unknown.join(', ')}.`,
        vi: `Tệp lưu trữ có loại dữ liệu hệ thống này không nhận: ${unknown.join(', ')}.`,
      })

    const [target] = await unitCodes(payload, { code: { equals: code } })
    if (!target)
      throw new ImportRefused({
        en: `No unit has the code "${code}" here: create it first (npm run unit -- create), or name another with --as.`,
        vi: `Không có đơn vị mã "${code}": hãy tạo đơn vị trước (npm run unit -- create) hoặc chọn đơn vị khác.`,
      })
    const occupied: string[] = []
    for (const slug of new Set(items.map(({ collection }) => collection))) {
      if (unitScopedOf(collections.get(slug)!)?.onePerUnit) continue
      const { totalDocs } = await payload.count({
        collection: slug as 'news',
        overrideAccess: true,
        where: { unit: { equals: target.id } },
      })
      if (totalDocs) occupied.push(`${slug} (${totalDocs})`)
    }
    if (occupied.length)
      throw new ImportRefused({
        en: `The unit ${code} already has content: ${occupied.join(', ')}. Import into a unit without any.`,
        vi: `Đơn vị ${code} đã có dữ liệu: ${occupied.join(', ')}. Chỉ nhập vào đơn vị chưa có dữ liệu.`,
      })

    // Units by their code here: the archive's unit is the target; the others where this instance has them.
    const codes = [...Object.values(manifest.units), ...outsideItems.flatMap(({ unit }) => (unit ? [unit] : []))]
    const named = await unitCodes(payload, { code: { in: [...new Set(codes)] } })
    const idByCode = new Map(named.map((unit) => [unit.code, unit.id]))
    const unitIds = new Map<string, Id>()
    for (const [oldId, unitCode] of Object.entries(manifest.units)) {
      const id = unitCode === manifest.unit.code ? target.id : idByCode.get(unitCode)
      if (id !== undefined) unitIds.set(oldId, id)
    }
    const outside = new Map<string, Id>()
    for (const entry of outsideItems) {
      const collection = payload.collections[entry.collection as 'news']?.config
      const keyField = collection && keyFieldOf(collection)
      // Only by the field this instance would find such an item by (an archive names its own).
      if (!collection || keyField !== entry.key.field) continue
      const owner = entry.unit === undefined ? undefined : idByCode.get(entry.unit)
      if (entry.unit !== undefined && owner === undefined) continue
      const byKey = { [keyField]: { equals: entry.key.value } }
      const { docs } = await payload.find({
        collection: entry.collection as 'news',
        depth: 0,
        limit: 1,
        overrideAccess: true,
        where: owner === undefined ? byKey : { and: [{ unit: { equals: owner } }, byKey] },
      })
      if (docs[0]) outside.set(referenceKey({ id: entry.id, relationTo: entry.collection }), docs[0].id)
    }

    const byKey = new Map(items.map((item) => [referenceKey({ id: item.id, relationTo: item.collection }), item]))
    const { completeLater, order } = writingOrder(
      [...byKey].map(([key, item]) => ({
        key,
        references: item.states.flatMap((state) =>
          referencesOf(fieldsOf(collections.get(item.collection)!), state.data).map(referenceKey),
        ),
      })),
    )
    const report: UnitImportReport = {
      collections: {},
      completedLater: [...completeLater],
      files: 0,
      ids: {},
      unresolved: [],
      unit: code,
    }
    // The items' own hooks keep provenance, search keys and slugs; caches, webhooks and the log hear once, below.
    const req = await createLocalReq(
      { context: { bulkImport: true, importing: true, unitTransfer: true }, user },
      payload,
    )
    const ctx: Context = {
      archive,
      collections,
      created: new Map(),
      inArchive: new Set(byKey.keys()),
      outside,
      report,
      req,
      target: target.id,
      unitIds,
      written: [],
    }
    await initTransaction(req)
    try {
      // Thousands of documents written by the same statements: planned once (src/internals/sqlAdapter.ts).
      await planOnceInTransaction(req)
      for (const key of order) await write(ctx, byKey.get(key)!, false)
      for (const key of order) if (completeLater.has(key)) await write(ctx, byKey.get(key)!, true)
      await recordAudit(req, {
        action: 'import',
        actor: user ? undefined : COMMAND_LINE,
        changes: Object.entries(report.collections).map(([collection, count]) => ({
          field: collection,
          from: null,
          to: count,
        })),
        collection: 'units',
        document: target.id,
        title: `${path.basename(file)} (${manifest.unit.code} → ${code})`,
        unit: target.id,
      })
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      // Files go to disk outside the transaction: the ones this import wrote leave with it.
      for (const written of ctx.written) fs.rmSync(written, { force: true })
      throw error
    }
    await invalidateCommitted(payload, [UNITS_TAG])
    return report
  } finally {
    fs.rmSync(archive, { force: true, recursive: true })
  }
}

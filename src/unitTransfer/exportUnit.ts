import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload, SanitizedCollectionConfig } from 'payload'

import { idOf } from '../base/ids'
import { unitScopedOf } from '../declaration'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type ArchiveItem,
  type ItemState,
  type Manifest,
  type OutsideItem,
  packArchive,
} from './archive'
import { type FieldShape, type Reference, referencesOf } from './rules/fields'
import { unitCodes } from './unitCodes'

/**
 * The collections a unit's archive carries: its public content (news and their categories, images, files,
 * procedures, legal documents, contacts, its profile). Its webhooks name the old site's addresses and their
 * secrets, and the system's own records (deliveries, notifications, the audit log) stay with the instance.
 */
export const transferCollections = (payload: Payload): SanitizedCollectionConfig[] =>
  payload.config.collections.filter((collection) => unitScopedOf(collection)?.public === true)

export const fieldsOf = (collection: SanitizedCollectionConfig): FieldShape[] =>
  collection.flattenedFields as unknown as FieldShape[]

/** The field an item outside the unit is found by in the importing instance: the first of these it has. */
const KEY_FIELDS = ['slug', 'code', 'numberAndSymbol', 'filename', 'email'] as const

export const keyFieldOf = (collection: SanitizedCollectionConfig): string | undefined =>
  KEY_FIELDS.find((name) => collection.flattenedFields.some((field) => 'name' in field && field.name === name))

export const referenceKey = ({ id, relationTo }: Reference) => `${relationTo}:${String(id)}`

const PAGE = 200

/** The states of one item: its versions oldest first with `versions`, else what it is now (and its newer draft). */
const statesOf = async (
  payload: Payload,
  collection: SanitizedCollectionConfig,
  doc: Record<string, unknown>,
  versions: boolean,
): Promise<ItemState[]> => {
  const drafts = Boolean(collection.versions?.drafts)
  const stateOf = (data: Record<string, unknown>): ItemState => ({
    data,
    ...(drafts ? { status: data._status === 'draft' ? 'draft' : 'published' } : {}),
  })
  if (!collection.versions) return [stateOf(doc)]
  const { docs } = await payload.findVersions({
    collection: collection.slug as 'news',
    depth: 0,
    limit: versions ? 0 : 1,
    locale: 'all',
    overrideAccess: true,
    pagination: false,
    sort: versions ? 'createdAt' : '-createdAt',
    where: { parent: { equals: doc.id } },
  })
  if (versions && docs.length)
    return docs.map((version) => stateOf(version.version as unknown as Record<string, unknown>))
  const latest = docs[0]?.version as unknown as Record<string, unknown> | undefined
  // A draft saved after the item was published: the item as readers see it, then the draft on top.
  if (drafts && latest?._status === 'draft' && doc._status === 'published') return [stateOf(doc), stateOf(latest)]
  return [stateOf(latest && doc._status === 'draft' ? latest : doc)]
}

/** An export that cannot be made whole (an upload's file missing from disk): nothing is written. */
export class ExportFailed extends Error {}

export type ExportReport = { collections: Record<string, number>; files: number; items: number; outside: number }

/**
 * Writes one unit's content to an archive file (src/unitTransfer/archive.ts): every item of its public
 * collections with its states, its uploads' files, and, for what it refers to outside the unit (a category of
 * the province, a document of a department), the unit and key the importing instance will look it up by.
 */
export const exportUnit = async (
  payload: Payload,
  { code, out, versions = false }: { code: string; out: string; versions?: boolean },
): Promise<ExportReport> => {
  const { docs: units } = await payload.find({
    collection: 'units',
    depth: 0,
    limit: 1,
    locale: 'vi',
    overrideAccess: true,
    where: { code: { equals: code } },
  })
  const unit = units[0]
  if (!unit) throw new Error(`No unit has the code "${code}".`)
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-unit-export-'))
  try {
    const itemsFile = fs.openSync(path.join(folder, 'items.ndjson'), 'w')
    const report: ExportReport = { collections: {}, files: 0, items: 0, outside: 0 }
    const included = new Set<string>()
    const referenced = new Map<string, Reference>()
    try {
      for (const collection of transferCollections(payload)) {
        const fields = fieldsOf(collection)
        for (let page = 1; ; page += 1) {
          const found = await payload.find({
            collection: collection.slug as 'news',
            depth: 0,
            limit: PAGE,
            locale: 'all',
            overrideAccess: true,
            page,
            sort: 'id',
            where: { unit: { equals: unit.id } },
          })
          for (const doc of found.docs as unknown as Array<Record<string, unknown>>) {
            const item: ArchiveItem = {
              collection: collection.slug,
              id: doc.id as number | string,
              states: await statesOf(payload, collection, doc, versions),
            }
            if (collection.upload && typeof doc.filename === 'string') {
              const source = path.join(collection.upload.staticDir ?? '', doc.filename)
              const inArchive = path.posix.join('files', collection.slug, String(doc.id), doc.filename)
              fs.mkdirSync(path.join(folder, path.dirname(inArchive)), { recursive: true })
              if (!fs.existsSync(source))
                throw new ExportFailed(
                  `${collection.slug} ${String(doc.id)}: its file ${doc.filename} is not in ${path.dirname(source)}; ` +
                    'restore it (npm run backup -- restore) or delete the item, then export again.',
                )
              fs.copyFileSync(source, path.join(folder, inArchive))
              item.file = { mimeType: String(doc.mimeType ?? ''), name: doc.filename, path: inArchive }
              report.files += 1
            }
            for (const state of item.states)
              for (const reference of referencesOf(fields, state.data))
                referenced.set(referenceKey(reference), reference)
            included.add(referenceKey({ id: item.id, relationTo: collection.slug }))
            fs.writeSync(itemsFile, `${JSON.stringify(item)}\n`)
            report.collections[collection.slug] = (report.collections[collection.slug] ?? 0) + 1
            report.items += 1
          }
          if (!found.hasNextPage) break
        }
      }
    } finally {
      fs.closeSync(itemsFile)
    }

    // Units the items name (their own, an original unit, a cited unit), by code.
    const unitIds = new Set([String(unit.id)])
    for (const reference of referenced.values()) if (reference.relationTo === 'units') unitIds.add(String(reference.id))
    const named = await unitCodes(payload, { id: { in: [...unitIds] } })
    const codeById = Object.fromEntries(named.map((each) => [String(each.id), each.code]))

    // Items of other units, to be found again by unit and key.
    const outside: OutsideItem[] = []
    for (const reference of referenced.values()) {
      if (reference.relationTo === 'units' || included.has(referenceKey(reference))) continue
      const collection = payload.collections[reference.relationTo as 'news']?.config
      const keyField = collection && keyFieldOf(collection)
      if (!collection || !keyField) continue
      const target = (await payload
        .findByID({
          collection: reference.relationTo as 'news',
          depth: 0,
          disableErrors: true,
          id: reference.id,
          locale: 'vi',
          overrideAccess: true,
        })
        .catch(() => null)) as Record<string, unknown> | null
      if (!target || typeof target[keyField] !== 'string') continue
      const key = { field: keyField, value: target[keyField] as string }
      // People (a reviewer) belong to no unit: found by their key alone.
      if (!unitScopedOf(collection)) {
        outside.push({ collection: reference.relationTo, id: reference.id, key })
        continue
      }
      const owner = idOf(target.unit)
      const owners = owner === undefined ? [] : await unitCodes(payload, { id: { equals: owner } })
      if (owners[0]) outside.push({ collection: reference.relationTo, id: reference.id, key, unit: owners[0].code })
    }
    report.outside = outside.length
    fs.writeFileSync(path.join(folder, 'outside.json'), JSON.stringify(outside))

    const manifest: Manifest = {
      collections: report.collections,
      exportedAt: new Date().toISOString(),
      files: report.files,
      format: ARCHIVE_FORMAT,
      unit: { code: unit.code, level: unit.level, name: unit.name },
      units: codeById,
      version: ARCHIVE_VERSION,
      versions,
    }
    fs.writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2))
    await packArchive(folder, out)
    return report
  } finally {
    fs.rmSync(folder, { force: true, recursive: true })
  }
}

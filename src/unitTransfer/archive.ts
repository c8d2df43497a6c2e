import fs from 'node:fs'
import path from 'node:path'

import * as tar from 'tar'

/**
 * A unit's archive: one gzipped tar file (the `tar` package, npm's own) holding
 *
 *   manifest.json   what it is: the format and its version, the unit, when, the counts, the units it names
 *   items.ndjson    one item a line: its collection, its id here, its states (oldest first) and its file
 *   outside.json    the items of other units it refers to, each by its unit's code and its key (slug, code…)
 *   files/…         the uploads' files, as `files/<collection>/<id>/<file name>`
 *
 * Reading one takes nothing but those names, as regular files, within the limits below: an archive is input
 * from elsewhere (another instance, a person's upload), so a path out of the folder, a link, a device or a
 * decompression bomb is refused before anything is written.
 */

export const ARCHIVE_FORMAT = 'portal-unit-archive'
export const ARCHIVE_VERSION = 1

export type ItemState = { data: Record<string, unknown>; status?: 'draft' | 'published' }

export type ArchiveItem = {
  collection: string
  /** The upload's file in the archive, for items of upload collections. */
  file?: { mimeType: string; name: string; path: string }
  id: number | string
  /** The item as it was saved over time, oldest first; the last is what it is now (a draft after a published
   * state means it has unpublished changes). Read with `locale: 'all'`. */
  states: ItemState[]
}

/** An item outside the unit, found again by its key: within its unit for unit content, across the instance for
 * people (a news item's reviewer, by email). */
export type OutsideItem = {
  collection: string
  id: number | string
  key: { field: string; value: string }
  unit?: string
}

export type Manifest = {
  collections: Record<string, number>
  exportedAt: string
  files: number
  format: typeof ARCHIVE_FORMAT
  unit: { code: string; level: string; name: string }
  /** The code of every unit the items name, by its id in the exporting instance. */
  units: Record<string, string>
  version: typeof ARCHIVE_VERSION
  versions: boolean
}

/** What an archive may hold at most: entries, bytes unpacked. */
export type ArchiveLimits = { maxBytes: number; maxEntries: number }

export const DEFAULT_LIMITS: ArchiveLimits = { maxBytes: 20 * 1024 ** 3, maxEntries: 500_000 }

/** An archive that cannot be read as one of ours: why, in both languages. */
export class BadArchive extends Error {
  constructor(readonly why: { en: string; vi: string }) {
    super(why.en)
  }
}

const ALLOWED =
  /^(manifest\.json|items\.ndjson|outside\.json|files\/[a-z0-9-]+\/[A-Za-z0-9_-]+\/[^/\\\0]+|files(\/[a-z0-9-]+(\/[A-Za-z0-9_-]+)?)?\/?)$/

/** Packs a prepared folder into the archive file. */
export const packArchive = async (folder: string, file: string): Promise<void> => {
  const entries = ['manifest.json', 'items.ndjson', 'outside.json', 'files'].filter((name) =>
    fs.existsSync(path.join(folder, name)),
  )
  await tar.create({ cwd: folder, file, gzip: true, portable: true }, entries)
}

/** Unpacks an archive file into an empty folder, refusing anything but our names and sizes within the limits. */
export const unpackArchive = async (file: string, folder: string, limits: ArchiveLimits = DEFAULT_LIMITS) => {
  let entries = 0
  let bytes = 0
  let refused: BadArchive | undefined
  const refuse = (why: BadArchive) => {
    refused ??= why
    return false
  }
  try {
    await tar.extract({
      cwd: folder,
      file,
      filter: (name, entry) => {
        const normalized = name.replace(/^\.\//, '')
        if (normalized === '' || normalized === '.') return false
        const type = 'type' in entry ? entry.type : undefined
        if (type !== 'File' && type !== 'Directory')
          return refuse(
            new BadArchive({
              en: `"${normalized}" in the archive is not a plain file.`,
              vi: `"${normalized}" trong tệp lưu trữ không phải tệp thông thường.`,
            }),
          )
        if (!ALLOWED.test(normalized) || normalized.split('/').some((part) => part === '..' || part === '.'))
          return refuse(
            new BadArchive({
              en: `"${normalized}" has no place in a unit archive.`,
              vi: `"${normalized}" không thuộc cấu trúc tệp lưu trữ của đơn vị.`,
            }),
          )
        entries += 1
        bytes += 'size' in entry && typeof entry.size === 'number' ? entry.size : 0
        if (entries > limits.maxEntries || bytes > limits.maxBytes)
          return refuse(
            new BadArchive({
              en: `The archive is larger than this instance takes (${limits.maxEntries} entries, ${limits.maxBytes} bytes).`,
              vi: `Tệp lưu trữ vượt giới hạn cho phép (${limits.maxEntries} mục, ${limits.maxBytes} byte).`,
            }),
          )
        return refused === undefined
      },
      // Never follow or create links, never take owners or modes from the archive.
      preservePaths: false,
      strict: true,
    })
  } catch (error) {
    if (refused) throw refused
    throw new BadArchive({
      en: `The file is not a unit archive (a gzipped tar): ${(error as Error).message}`,
      vi: `Tệp không phải tệp lưu trữ của đơn vị (tar nén gzip): ${(error as Error).message}`,
    })
  }
  if (refused) throw refused
  if (!fs.existsSync(path.join(folder, 'manifest.json')) || !fs.existsSync(path.join(folder, 'items.ndjson')))
    throw new BadArchive({
      en: 'The archive has no manifest.json or items.ndjson: it is not a unit archive.',
      vi: 'Tệp lưu trữ thiếu manifest.json hoặc items.ndjson: không phải tệp lưu trữ của đơn vị.',
    })
}

const readJson = (file: string): unknown => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new BadArchive({
      en: `${path.basename(file)} cannot be read: ${(error as Error).message}`,
      vi: `Không đọc được ${path.basename(file)}: ${(error as Error).message}`,
    })
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The manifest of an unpacked archive, checked for the format and version this code writes. */
export const readManifest = (folder: string): Manifest => {
  const manifest = readJson(path.join(folder, 'manifest.json'))
  if (!isRecord(manifest) || manifest.format !== ARCHIVE_FORMAT)
    throw new BadArchive({ en: 'manifest.json is not a unit archive manifest.', vi: 'manifest.json không hợp lệ.' })
  if (manifest.version !== ARCHIVE_VERSION)
    throw new BadArchive({
      en: `The archive is of version ${String(manifest.version)}; this instance reads version ${ARCHIVE_VERSION}.`,
      vi: `Tệp lưu trữ phiên bản ${String(manifest.version)}; hệ thống này đọc phiên bản ${ARCHIVE_VERSION}.`,
    })
  const unit = manifest.unit
  if (!isRecord(unit) || typeof unit.code !== 'string' || !isRecord(manifest.units) || !isRecord(manifest.collections))
    throw new BadArchive({ en: 'manifest.json lacks the unit or its counts.', vi: 'manifest.json thiếu đơn vị.' })
  return manifest as Manifest
}

/** The items of an unpacked archive, each checked for its shape. */
export const readItems = (folder: string): ArchiveItem[] =>
  fs
    .readFileSync(path.join(folder, 'items.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      let item: unknown
      try {
        item = JSON.parse(line)
      } catch {
        item = undefined
      }
      const ok =
        isRecord(item) &&
        typeof item.collection === 'string' &&
        (typeof item.id === 'number' || typeof item.id === 'string') &&
        Array.isArray(item.states) &&
        item.states.length > 0 &&
        item.states.every((state) => isRecord(state) && isRecord(state.data))
      if (!ok)
        throw new BadArchive({
          en: `items.ndjson, line ${index + 1}: not an item.`,
          vi: `items.ndjson, dòng ${index + 1}: không phải một mục dữ liệu.`,
        })
      return item as ArchiveItem
    })

export const readOutside = (folder: string): OutsideItem[] => {
  const file = path.join(folder, 'outside.json')
  if (!fs.existsSync(file)) return []
  const outside = readJson(file)
  if (!Array.isArray(outside)) throw new BadArchive({ en: 'outside.json is not a list.', vi: 'outside.json sai.' })
  return outside.filter(
    (entry): entry is OutsideItem =>
      isRecord(entry) &&
      typeof entry.collection === 'string' &&
      (entry.unit === undefined || typeof entry.unit === 'string') &&
      isRecord(entry.key) &&
      typeof entry.key.field === 'string' &&
      typeof entry.key.value === 'string',
  )
}

import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Message } from '../base/errors/fieldError'
import type { Id } from '../base/ids'
import { DOCUMENT_TYPES, IMAGE_TYPES } from '../uploads/fileTypes'

/**
 * The admin panel's stand-in for the command line's `--files FOLDER`: the files an import's rows name (documents,
 * cover and body images) are sent one per request before the import (a request carries at most about 21 MB, and
 * a unit's news can bring hundreds of images), into a folder of their own under the uploads folder (shared by
 * every server process), then the import reads them from there as it reads the command line's folder.
 * A folder belongs to the person who opened it; it is removed after the import, or a day after it was opened.
 */
export const STAGING_LIMITS = { bytes: 2 * 1024 ** 3, files: 5000, keepMs: 24 * 60 * 60 * 1000 } as const

const ID = /^[0-9a-f]{32}$/
const OWNER_FILE = 'owner.json'
const FILES = 'files'

export const stagingRoot = (uploadsDir: string): string => path.join(uploadsDir, '.import-staging')

export type StagedFolder = { bytes: number; files: number; folder: string; id: string }

/** A refusal of a staged file or folder: the HTTP status, the field at fault, why. */
export class StagingRefused extends Error {
  constructor(
    readonly status: number,
    readonly field: 'batch' | 'file',
    readonly why: Message,
  ) {
    super(why.en)
  }
}

const folderOf = (root: string, id: string) => path.join(root, id)

const contentsOf = async (folder: string) => {
  const names = await fs.readdir(path.join(folder, FILES))
  let bytes = 0
  for (const name of names) bytes += (await fs.stat(path.join(folder, FILES, name))).size
  return { bytes, files: names.length }
}

/** Removes the folders opened more than a day ago (an import never run, a browser closed midway). */
const removeStale = async (root: string, now: number) => {
  const ids = await fs.readdir(root).catch(() => [] as string[])
  for (const id of ids.filter((each) => ID.test(each))) {
    const opened = await fs
      .readFile(path.join(folderOf(root, id), OWNER_FILE), 'utf8')
      .then((text) => (JSON.parse(text) as { opened: number }).opened)
      .catch(() => 0)
    if (now - opened > STAGING_LIMITS.keepMs) await fs.rm(folderOf(root, id), { force: true, recursive: true })
  }
}

/** Opens a new folder for `owner`'s files. */
export const openStaging = async (root: string, owner: Id, now = Date.now()): Promise<StagedFolder> => {
  await removeStale(root, now)
  const id = randomBytes(16).toString('hex')
  const folder = folderOf(root, id)
  await fs.mkdir(path.join(folder, FILES), { recursive: true })
  await fs.writeFile(path.join(folder, OWNER_FILE), JSON.stringify({ opened: now, owner: String(owner) }))
  return { bytes: 0, files: 0, folder: path.join(folder, FILES), id }
}

/** `owner`'s folder of that id (404 naming `batch` for any other: unknown, removed, or someone else's). */
export const findStaging = async (root: string, id: unknown, owner: Id): Promise<StagedFolder> => {
  const missing = new StagingRefused(404, 'batch', {
    en: 'These files are no longer on the server (sent more than a day ago, or already imported): send them again.',
    vi: 'Các tệp này không còn trên máy chủ (đã gửi quá một ngày hoặc đã được nhập): hãy gửi lại.',
  })
  if (typeof id !== 'string' || !ID.test(id)) throw missing
  const stored = await fs
    .readFile(path.join(folderOf(root, id), OWNER_FILE), 'utf8')
    .then((text) => JSON.parse(text) as { owner: string })
    .catch(() => undefined)
  if (stored?.owner !== String(owner)) throw missing
  const folder = path.join(folderOf(root, id), FILES)
  return { ...(await contentsOf(folderOf(root, id))), folder, id }
}

/**
 * Why a file cannot be staged under this name, or undefined: a bare name (no folder, not hidden, NFC, at most 255
 * bytes) of a type an import brings in (a document of `files`, an image of `media`).
 */
export const refusedName = (name: string): Message | undefined => {
  if (!name || name !== path.basename(name) || name.startsWith('.') || /[\\/\0]/.test(name))
    return {
      en: `"${name.slice(0, 80)}" is not a plain file name.`,
      vi: `"${name.slice(0, 80)}" không phải tên tệp hợp lệ.`,
    }
  if (Buffer.byteLength(name) > 255)
    return { en: 'The file name is longer than 255 bytes.', vi: 'Tên tệp dài quá 255 byte.' }
  const extension = path.extname(name).slice(1).toLowerCase()
  if (![...DOCUMENT_TYPES, ...IMAGE_TYPES].some((type) => type.extensions.includes(extension)))
    return {
      en: `"${name}" is neither a document nor an image an import takes.`,
      vi: `Tệp "${name}" không phải văn bản hay hình ảnh được nhập.`,
    }
  return undefined
}

/**
 * Adds one file to a folder (a file of the same name is replaced), within STAGING_LIMITS. The name is stored in
 * NFC, as rows are read (a Mac sends names decomposed).
 */
export const stageFile = async (
  staged: StagedFolder,
  name: string,
  data: Uint8Array,
  limits: { bytes: number; files: number } = STAGING_LIMITS,
): Promise<StagedFolder> => {
  const stored = name.normalize('NFC')
  const refused = refusedName(stored)
  if (refused) throw new StagingRefused(400, 'file', refused)
  const target = path.join(staged.folder, stored)
  const replaced = await fs.stat(target).then(
    (stat) => stat.size,
    () => undefined,
  )
  const files = staged.files + (replaced === undefined ? 1 : 0)
  const bytes = staged.bytes - (replaced ?? 0) + data.byteLength
  if (files > limits.files)
    throw new StagingRefused(413, 'file', {
      en: `At most ${limits.files} files go with one import: split it.`,
      vi: `Mỗi lần nhập chỉ kèm tối đa ${limits.files} tệp: hãy chia nhỏ.`,
    })
  if (bytes > limits.bytes)
    throw new StagingRefused(413, 'file', {
      en: `The files of one import may total ${Math.round(limits.bytes / 1024 ** 2)} MB at most: split it.`,
      vi: `Tổng dung lượng tệp kèm một lần nhập tối đa ${Math.round(limits.bytes / 1024 ** 2)} MB: hãy chia nhỏ.`,
    })
  // Written beside, then renamed: a file is there whole or not at all.
  const partial = path.join(path.dirname(staged.folder), `.${randomBytes(6).toString('hex')}.part`)
  await fs.writeFile(partial, data)
  await fs.rename(partial, target)
  return { ...staged, bytes, files }
}

/** Removes a folder and its files (after its import). */
export const removeStaging = async (staged: StagedFolder): Promise<void> =>
  fs.rm(path.dirname(staged.folder), { force: true, recursive: true })

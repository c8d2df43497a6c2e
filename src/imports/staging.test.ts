import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  findStaging,
  openStaging,
  refusedName,
  removeStaging,
  stageFile,
  STAGING_LIMITS,
  StagingRefused,
} from './staging'

let root: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-staging-'))
})
afterEach(() => fs.rmSync(root, { force: true, recursive: true }))

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(StagingRefused)
  const { field, status } = error as StagingRefused
  return { field, status }
}

describe('files sent ahead of an import', () => {
  it('keeps a set for the one who opened it, counts files and bytes, replaces a name sent twice', async () => {
    const opened = await openStaging(root, 7)
    let staged = await stageFile(opened, 'qd-01.pdf', Buffer.from('12345'))
    staged = await stageFile(staged, 'anh.png', Buffer.from('123'))
    staged = await stageFile(staged, 'qd-01.pdf', Buffer.from('1'))
    expect(staged).toMatchObject({ bytes: 4, files: 2 })
    expect(await findStaging(root, opened.id, 7)).toEqual(staged)
    expect(await findStaging(root, opened.id, '7')).toEqual(staged)
    expect(await refusal(findStaging(root, opened.id, 8))).toEqual({ field: 'batch', status: 404 })
    for (const id of ['../x', '', 42, null, opened.id.toUpperCase()])
      expect(await refusal(findStaging(root, id, 7))).toEqual({ field: 'batch', status: 404 })
    await removeStaging(staged)
    expect(await refusal(findStaging(root, opened.id, 7))).toEqual({ field: 'batch', status: 404 })
    expect(fs.readdirSync(root)).toEqual([])
  })

  it('stores names in NFC, as rows are read', async () => {
    const staged = await stageFile(await openStaging(root, 1), 'ảnh bìa.png'.normalize('NFD'), Buffer.from('x'))
    expect(fs.readdirSync(staged.folder)).toEqual(['ảnh bìa.png'.normalize('NFC')])
  })

  it('refuses names with a folder, hidden names, and types no import takes', () => {
    for (const name of [
      '../a.pdf',
      'a/b.pdf',
      '.htaccess',
      '',
      'x.exe',
      'x.html',
      'a\\b.pdf',
      `${'a'.repeat(300)}.pdf`,
    ])
      expect(refusedName(name)).toBeDefined()
    for (const name of ['Quyết định 01.pdf', 'a.JPG', 'bang.xlsx', 'anh.webp'])
      expect(refusedName(name)).toBeUndefined()
  })

  it('holds at most so many files and bytes, and a refused file leaves the set as it was', async () => {
    const limits = { bytes: 10, files: 2 }
    let staged = await openStaging(root, 1)
    staged = await stageFile(staged, 'a.pdf', Buffer.alloc(4), limits)
    staged = await stageFile(staged, 'b.pdf', Buffer.alloc(4), limits)
    expect(await refusal(stageFile(staged, 'c.pdf', Buffer.alloc(1), limits))).toEqual({ field: 'file', status: 413 })
    expect(await refusal(stageFile(staged, 'b.pdf', Buffer.alloc(7), limits))).toEqual({ field: 'file', status: 413 })
    expect(await findStaging(root, staged.id, 1)).toMatchObject({ bytes: 8, files: 2 })
    expect(STAGING_LIMITS.files).toBeGreaterThan(1000)
  })

  it('removes sets opened more than a day ago when another is opened', async () => {
    const old = await openStaging(root, 1, Date.now() - STAGING_LIMITS.keepMs - 1000)
    const recent = await openStaging(root, 1)
    expect(await refusal(findStaging(root, old.id, 1))).toEqual({ field: 'batch', status: 404 })
    expect(await findStaging(root, recent.id, 1)).toMatchObject({ files: 0 })
  })
})

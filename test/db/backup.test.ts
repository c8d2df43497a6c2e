import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'

import { createConfig } from '../../src/config/createConfig'
import { closeConnections } from '../../src/db/closeConnections'
import { readSettings } from '../../src/settings/settings'
import { runCli } from '../helpers/cli'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { startTestServer, testEnvironment, type TestServer } from '../helpers/testServer'

let server: TestServer
let restored: TestDatabase
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-'))
const backupDir = path.join(folder, 'sao-luu')
const restoredUploads = path.join(folder, 'uploads-restored')

beforeAll(async () => {
  server = await startTestServer()
  restored = await createTestDatabase({ empty: true })
})
afterAll(async () => {
  await server?.stop()
  await restored?.drop()
  fs.rmSync(folder, { force: true, recursive: true })
})

const news = (title: string, unit: number | string) =>
  server.payload.create({ collection: 'news', data: { _status: 'published', title, unit: unit as number } })

describe('backing up a whole instance and restoring it', () => {
  it('copies the database while the server runs, with the uploads, and restores both elsewhere', async () => {
    const { docs } = await server.payload.find({ collection: 'units', limit: 1, where: { code: { equals: '28261' } } })
    const unit = docs[0]!.id
    await news('Tin trước khi sao lưu', unit)
    fs.writeFileSync(path.join(server.settings.uploadsDir, 'bien-ban.pdf'), '%PDF-1.4 thử')

    const created = await runCli('backup', ['create', backupDir], {
      DATABASE_URI: server.database.uri,
      PAYLOAD_SECRET: 'backup-cli-secret-0123456789abcdef',
      UPLOADS_DIR: server.settings.uploadsDir,
    })
    expect(created).toEqual({
      code: 0,
      output: expect.stringMatching(/^Backup written to .*sao-luu: database\.\w+, uploads\.tar\.gz\.\n$/),
    })
    await news('Tin sau khi sao lưu', unit)

    const restoring = await runCli('backup', ['restore', backupDir], {
      DATABASE_URI: restored.uri,
      PAYLOAD_SECRET: 'backup-cli-secret-0123456789abcdef',
      UPLOADS_DIR: restoredUploads,
    })
    expect(restoring).toEqual({
      code: 0,
      output: expect.stringMatching(/^Restored database\.\w+ and the uploads from/),
    })
    expect(fs.readFileSync(path.join(restoredUploads, 'bien-ban.pdf'), 'utf8')).toBe('%PDF-1.4 thử')

    const settings = readSettings(testEnvironment(restored, { UPLOADS_DIR: restoredUploads }))
    const copy = await getPayload({ config: createConfig(settings), key: 'restored-backup' } as never)
    try {
      const titles = (await copy.find({ collection: 'news', limit: 10, locale: 'vi' })).docs.map((doc) => doc.title)
      expect(titles).toEqual(['Tin trước khi sao lưu'])
      expect((await copy.count({ collection: 'units' })).totalDocs).toBe(202)
    } finally {
      await closeConnections(copy)
    }
  })

  it('says what is wrong with a missing backup', async () => {
    const missing = await runCli('backup', ['restore', path.join(folder, 'khong-co')], {
      DATABASE_URI: restored.uri,
      PAYLOAD_SECRET: 'backup-cli-secret-0123456789abcdef',
    })
    expect(missing.code).toBe(2)
    expect(missing.output).toMatch(/no such backup/)
  })
})

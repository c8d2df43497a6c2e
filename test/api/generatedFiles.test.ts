import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { generateTypes } from 'payload/node'

import { createConfig } from '../../src/config/createConfig'
import { readSettings } from '../../src/settings/settings'
import { schemaText } from '../../src/http/graphql/queries/schemaText'

/** Frontend teams build against the committed schema and types; they must match the config. */
const config = () =>
  createConfig(
    readSettings({
      DATABASE_URI: `file:${path.join(os.tmpdir(), 'unused.db')}`,
      NODE_ENV: 'test',
      PAYLOAD_SECRET: 's'.repeat(40),
    }),
  )

describe('generated files are current', () => {
  it('schema.graphql (npm run generate:schema)', async () => {
    expect(schemaText(await config()) === fs.readFileSync('schema.graphql', 'utf8')).toBe(true)
  })

  it('payload-types.ts (npm run generate:types)', async () => {
    const sanitized = await config()
    const outputFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-types-')), 'payload-types.ts')
    await generateTypes({ ...sanitized, typescript: { ...sanitized.typescript, outputFile } }, { log: false })
    expect(fs.readFileSync(outputFile, 'utf8') === fs.readFileSync('payload-types.ts', 'utf8')).toBe(true)
  })
})

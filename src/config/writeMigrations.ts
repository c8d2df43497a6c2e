import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import { createConfig } from './createConfig'
import type { Settings } from '../settings/settings'
import { migrationDir } from '../db/adapter'

export const SQL_KINDS = ['sqlite', 'postgres'] as const
export type SqlKind = (typeof SQL_KINDS)[number]

/** A placeholder target: writing a migration compares schemas on paper and never connects. */
const offlineTarget = (kind: SqlKind) =>
  kind === 'sqlite'
    ? { kind, redacted: 'file::memory:', uri: 'file::memory:' }
    : { kind, redacted: 'postgres://offline/unused', uri: 'postgres://offline/unused' }

type DrizzleKitAdapter = {
  defaultDrizzleSnapshot: { version: string }
  migrationDir: string
  requireDrizzleKit: () => {
    generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
    generateMigration: (before: unknown, after: unknown) => Promise<string[]>
    upSnapshot?: (snapshot: unknown) => { version: string }
  }
  schema: unknown
}

/**
 * The SQL that the config needs beyond the last committed migration's snapshot: the comparison Payload's own
 * createMigration makes, which we need on its own because createMigration ends the process when it is empty.
 */
const pendingStatements = async (adapter: DrizzleKitAdapter): Promise<string[]> => {
  const { generateDrizzleJson, generateMigration, upSnapshot } = adapter.requireDrizzleKit()
  const after = await generateDrizzleJson(adapter.schema)
  const latest = fs
    .readdirSync(adapter.migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .at(-1)
  let before = latest
    ? JSON.parse(fs.readFileSync(path.join(adapter.migrationDir, latest), 'utf8'))
    : adapter.defaultDrizzleSnapshot
  if (upSnapshot && before.version < after.version) before = upSnapshot(before)
  return generateMigration(before, after)
}

/**
 * Writes, for each SQL database, a migration from the difference between the config and the snapshot of the
 * last committed migration, and returns the files written per database (none where the schema is unchanged).
 */
export const writeMigrations = async (
  name: string,
  settings: Settings,
  dirFor: (kind: SqlKind) => string = (kind) => migrationDir(kind),
): Promise<Record<SqlKind, string[]>> => {
  const written = { postgres: [] as string[], sqlite: [] as string[] }
  for (const kind of SQL_KINDS) {
    const payload = await getPayload({
      config: createConfig({ ...settings, database: offlineTarget(kind) }),
      disableDBConnect: true,
      disableOnInit: true,
      key: `write-migrations-${kind}`,
    })
    const dir = dirFor(kind)
    payload.db.migrationDir = dir
    if ((await pendingStatements(payload.db as unknown as DrizzleKitAdapter)).length === 0) continue
    const before = new Set(fs.readdirSync(dir))
    await payload.db.createMigration({ migrationName: name, payload })
    written[kind] = fs.readdirSync(dir).filter((file) => !before.has(file) && file.endsWith('.ts'))
  }
  return written
}

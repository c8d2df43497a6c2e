import fs from 'node:fs'

import { type CollectionConfig, getPayload } from 'payload'

import { COLLECTIONS, createConfig } from './createConfig'
import type { Settings } from '../settings/settings'
import { migrationDir } from '../db/adapter'
import { pendingStatements } from '../internals/drizzleKit'

export const SQL_KINDS = ['sqlite', 'postgres'] as const
export type SqlKind = (typeof SQL_KINDS)[number]

/** A placeholder target: writing a migration compares schemas on paper and never connects. */
const offlineTarget = (kind: SqlKind) =>
  kind === 'sqlite'
    ? { kind, redacted: 'file::memory:', uri: 'file::memory:' }
    : { kind, redacted: 'postgres://offline/unused', uri: 'postgres://offline/unused' }

/**
 * Writes, for each SQL database, a migration from the difference between the config and the snapshot of the
 * last committed migration, and returns the files written per database (none where the schema is unchanged).
 */
export const writeMigrations = async (
  name: string,
  settings: Settings,
  dirFor: (kind: SqlKind) => string = (kind) => migrationDir(kind),
  collections: CollectionConfig[] = COLLECTIONS,
): Promise<Record<SqlKind, string[]>> => {
  const written = { postgres: [] as string[], sqlite: [] as string[] }
  for (const kind of SQL_KINDS) {
    const payload = await getPayload({
      config: createConfig({ ...settings, database: offlineTarget(kind) }, collections),
      disableDBConnect: true,
      disableOnInit: true,
      key: `write-migrations-${kind}`,
    })
    const dir = dirFor(kind)
    payload.db.migrationDir = dir
    if ((await pendingStatements(payload.db)).length === 0) continue
    const before = new Set(fs.readdirSync(dir))
    await payload.db.createMigration({ migrationName: name, payload })
    written[kind] = fs.readdirSync(dir).filter((file) => !before.has(file) && file.endsWith('.ts'))
  }
  return written
}

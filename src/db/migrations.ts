import type { Payload } from 'payload'

import type { DatabaseKind } from '../settings/databaseUri'

/**
 * A committed migration. Its `up`/`down` take the adapter's own argument types (MigrateUpArgs of db-sqlite or
 * db-postgres), which the adapter-neutral `payload.db.migrate` declares as `unknown`: `any` is the only type both
 * sides accept.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Migration = { name: string; down: (args: any) => Promise<void>; up: (args: any) => Promise<void> }

const loadMigrations = async (kind: DatabaseKind): Promise<Migration[]> => {
  switch (kind) {
    case 'sqlite':
      return (await import('../../migrations/sqlite/index')).migrations
    case 'postgres':
      return (await import('../../migrations/postgres/index')).migrations
    case 'mongodb':
      return []
  }
}

/** Applies the committed migrations that the database has not run yet; a no-op when it is current. */
export const runPendingMigrations = async (payload: Payload, kind: DatabaseKind): Promise<void> => {
  const migrations = await loadMigrations(kind)
  if (migrations.length === 0) return
  await payload.db.migrate({ migrations })
}

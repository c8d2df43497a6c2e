import type { Payload } from 'payload'

import type { DatabaseKind } from '../settings/databaseUri'

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

import fs from 'node:fs'
import path from 'node:path'

/**
 * Payload's SQL adapters compare the config's schema with the last migration's snapshot through drizzle-kit,
 * reached by the adapter's undeclared `requireDrizzleKit()`. Its `createMigration` ends the process when nothing
 * changed, so the comparison is made here on its own first (writeMigrations, the migration drift test).
 * Checked by drizzleKit.test.ts.
 */
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
export const pendingStatements = async (db: unknown): Promise<string[]> => {
  const adapter = db as DrizzleKitAdapter
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

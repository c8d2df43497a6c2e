import { ensureAdminBuilt } from '../src/http/adminBuild'
import { createTemplateDatabase } from './helpers/testDatabase'

/**
 * Once per run: the admin panel's build (tests of the admin need it; built when missing or older than the
 * sources) and the seeded template database each test file copies.
 */
export default async function globalSetup(): Promise<void> {
  ensureAdminBuilt((line) => process.stdout.write(`\n${line}\n`))
  const dropTemplate = await createTemplateDatabase()
  ;(globalThis as { dropTestTemplate?: () => Promise<void> }).dropTestTemplate = dropTemplate
}

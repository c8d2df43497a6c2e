import { ensureAdminBuilt } from '../src/server/adminBuild'

/** Tests of the admin panel need its build; build it (once) when it is missing or older than the sources. */
export default function globalSetup(): void {
  ensureAdminBuilt((line) => process.stdout.write(`\n${line}\n`))
}

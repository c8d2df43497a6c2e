import type { Payload } from 'payload'

import { ensureFieldCounts } from '../fieldCounts/store'
import { fillDerivedUnitFields } from '../../tenants/seed/fillDerivedUnitFields'
import { seedUnitsIfEmpty } from '../../tenants/seed/seedUnits'
import type { DatabaseKind } from '../settings/databaseUri'
import { runPendingMigrations } from './migrations'
import { refreshStatistics } from './refreshStatistics'
import { ensureFullTextIndexes } from './searchIndexes'

/**
 * What every entry point does before using the database: apply pending migrations, on a fresh database create
 * the 202 units (and give units stored before titles and tree keys existed theirs), work out the counts portals
 * show (src/fieldCounts) where none are stored yet, build SQLite's full-text indexes where missing, and make sure
 * the query planner has statistics. The same for `npm start`, the CLIs and the tests.
 */
export const prepareDatabase = async (payload: Payload, kind: DatabaseKind): Promise<void> => {
  await runPendingMigrations(payload, kind)
  const seeded = await seedUnitsIfEmpty(payload)
  if (seeded) payload.logger.info(`Fresh database: created the ${seeded.created} units of the province.`)
  const filled = await fillDerivedUnitFields(payload)
  if (filled) payload.logger.info(`Gave ${filled} units their display titles and places in the tree.`)
  for (const collection of await ensureFieldCounts(payload))
    payload.logger.info(`Counted the published ${collection} per value for portals (src/fieldCounts).`)
  for (const collection of await ensureFullTextIndexes(payload))
    payload.logger.info(`Built the full-text index of ${collection} (SQLite FTS5, src/db/searchIndexes.ts).`)
  await refreshStatistics(payload, { full: false })
}

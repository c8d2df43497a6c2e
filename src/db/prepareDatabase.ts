import type { Payload } from 'payload'

import { fillUnitTitles } from '../../tenants/seed/fillUnitTitles'
import { seedUnitsIfEmpty } from '../../tenants/seed/seedUnits'
import type { DatabaseKind } from '../settings/databaseUri'
import { runPendingMigrations } from './migrations'
import { refreshStatistics } from './refreshStatistics'

/**
 * What every entry point does before using the database: apply pending migrations, on a fresh database create
 * the 202 units (and give units stored before titles existed theirs), and make sure the query planner has statistics. The same for `npm start`, the CLIs and the tests.
 */
export const prepareDatabase = async (payload: Payload, kind: DatabaseKind): Promise<void> => {
  await runPendingMigrations(payload, kind)
  const seeded = await seedUnitsIfEmpty(payload)
  if (seeded) payload.logger.info(`Fresh database: created the ${seeded.created} units of the province.`)
  const titled = await fillUnitTitles(payload)
  if (titled) payload.logger.info(`Gave ${titled} units their display titles.`)
  await refreshStatistics(payload, { full: false })
}

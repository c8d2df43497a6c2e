import type { Payload } from 'payload'

import { adapterName, executeSql } from '../internals/sqlAdapter'

/**
 * Query planners choose indexes from table statistics. Without them SQLite reads a portal's newest news through
 * the `_status` index (every published item of every unit, ~100 ms at province scale) instead of the unit index
 * (~1 ms). `full` gathers them afresh (after a bulk import); otherwise SQLite gathers them only where missing
 * and refreshes stale ones (`PRAGMA optimize`, cheap, at every start). PostgreSQL's autovacuum keeps its own,
 * so it is only told after a bulk import; MongoDB needs nothing.
 */
export const refreshStatistics = async (payload: Payload, { full }: { full: boolean }): Promise<void> => {
  const name = adapterName(payload)
  if (name === 'sqlite') {
    const rows = await executeSql(payload, `select 1 from sqlite_master where name = 'sqlite_stat1'`)
    await executeSql(payload, full || !rows?.length ? 'ANALYZE' : 'PRAGMA optimize')
  } else if (name === 'postgres' && full) {
    await executeSql(payload, 'ANALYZE')
  }
}

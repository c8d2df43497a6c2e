import type { ImportReport } from '../importRecords'

/** Below this many rows a second process costs more (its start, about 5 s) than it saves. */
export const ROWS_WORTH_A_PROCESS = 1000

/**
 * How many processes import a file: one on SQLite (one writer at a time: a second process would only queue), else
 * what was asked, or for a file big enough one per core (up to four), leaving one core to PostgreSQL. Payload's
 * work per row is Node's, and one process uses one core; since new rows are written in bulk
 * (src/internals/deferredInserts.ts) a PostgreSQL import is much of it the database's work. Measured on this
 * 2-core machine, PostgreSQL sharing the cores, 5,000 procedures, the command's start included: one process 26 s,
 * two 32 s (before the bulk writes, 3,000: one 40.5 s, two 37.7 s). MongoDB has no bulk writes: one per core.
 */
export const processesFor = ({
  adapter,
  asked,
  cores,
  rows,
}: {
  adapter: string
  asked?: number
  cores: number
  rows: number
}): number => {
  if (adapter === 'sqlite') return 1
  if (asked !== undefined) return Math.max(1, Math.min(asked, 16))
  if (rows < ROWS_WORTH_A_PROCESS) return 1
  return Math.max(1, Math.min(adapter === 'postgres' ? cores - 1 : cores, 4))
}

/** The report of a whole import from its shares' (each counted its own batches; share 0 the rows refused as read). */
export const mergeReports = (reports: ImportReport[]): ImportReport => ({
  created: reports.reduce((sum, each) => sum + each.created, 0),
  dryRun: reports.some((each) => each.dryRun),
  rejected: reports.flatMap((each) => each.rejected).sort((a, b) => a.line - b.line),
  total: Math.max(0, ...reports.map((each) => each.total)),
  unchanged: reports.reduce((sum, each) => sum + each.unchanged, 0),
  updated: reports.reduce((sum, each) => sum + each.updated, 0),
})

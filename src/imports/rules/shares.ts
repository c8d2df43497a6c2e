import type { ImportReport } from '../importRecords'

/** Below this many rows a second process costs more (its start, about 5 s) than it saves. */
export const ROWS_WORTH_A_PROCESS = 1000

/**
 * How many processes import a file: one on SQLite (one writer at a time: a second process would only queue), else
 * what was asked, or one per core up to four for a file big enough: Payload's work per row is Node's, and one
 * process uses one core. Measured on this 2-core machine, where PostgreSQL shares the two cores (3,000 procedures,
 * the command's start included): 40.5 s in one process, 37.7 s in two; with the database on a machine of its own
 * and more cores the second process has a core to itself.
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
  return rows < ROWS_WORTH_A_PROCESS ? 1 : Math.max(1, Math.min(cores, 4))
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

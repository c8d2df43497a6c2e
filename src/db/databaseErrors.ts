/**
 * What went wrong with the database, said for people (an operator reading /readyz, a client told 503), from the
 * error a driver threw: the cause, never the SQL that was running (drizzle wraps errors as "Failed query: …").
 * `undefined` when the error is not about reaching the database (a constraint, bad input), which is no outage.
 */
export const databaseUnavailableCause = (error: unknown): string | undefined => {
  for (const each of causes(error)) {
    const code = String((each as { code?: unknown }).code ?? '')
    const message = String((each as { message?: unknown }).message ?? '')
    const known = CODES[code] ?? MESSAGES.find(([pattern]) => pattern.test(message))?.[1]
    if (known) return known
  }
  return undefined
}

const CODES: Record<string, string> = {
  '08000': 'connection lost',
  '08001': 'cannot connect to the database server',
  '08003': 'connection lost',
  '08006': 'connection lost',
  '3D000': 'the database does not exist',
  '53300': 'too many connections',
  '57P01': 'connection closed by the database server (shut down or restarted)',
  '57P02': 'connection closed by the database server (crash)',
  '57P03': 'the database server is starting up or shutting down',
  CLIENT_CLOSED: 'connection closed',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'database host unreachable',
  ENOTFOUND: 'database host not found',
  ETIMEDOUT: 'connection timed out',
  SQLITE_BUSY: 'the database is busy (locked by another writer)',
  SQLITE_CANTOPEN: 'the database file cannot be opened',
  SQLITE_FULL: 'the disk is full',
  SQLITE_IOERR: 'disk input/output error',
  SQLITE_READONLY: 'the database file is read-only',
}

const MESSAGES: Array<[RegExp, string]> = [
  // Payload rethrows a failed BEGIN as a new Error, keeping only the driver's message.
  [/database "[^"]*" does not exist/, 'the database does not exist'],
  [/connect ECONNREFUSED/, 'connection refused'],
  [
    /terminating connection due to administrator command/,
    'connection closed by the database server (shut down or restarted)',
  ],
  [/the database system is (starting up|shutting down)/, 'the database server is starting up or shutting down'],
  [/timeout exceeded when trying to connect/i, 'no answer in time'],
  [/database is locked|SQLITE_BUSY/, 'the database is busy (locked by another writer)'],
  [/no answer within \d+ ms/, 'no answer in time'],
  [/timeout/i, 'no answer in time'],
  [/Connection terminated/i, 'connection lost'],
  [/the client is closed|client has encountered a connection error and is not queryable/i, 'connection closed'],
  [/database is busy/i, 'the database is busy (locked by another writer)'],
]

/** The error and the errors it wraps (`cause`), outermost first, at most a few deep. */
const causes = (error: unknown): unknown[] => {
  const chain: unknown[] = []
  for (let each = error; each && chain.length < 6; each = (each as { cause?: unknown }).cause) chain.push(each)
  return chain
}

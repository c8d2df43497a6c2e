import { createHash } from 'node:crypto'

/** What the first entry of a log follows. */
export const GENESIS = '0'.repeat(64)

/** An entry as it is chained: every field the log stores except its own hash. */
export type ChainedEntry = {
  action: string
  actorEmail?: string | null
  actorId?: string | null
  address?: string | null
  at: string
  changes?: unknown
  collection?: string | null
  documentId?: string | null
  documentTitle?: string | null
  previousHash: string
  sequence: number
  unitId?: string | null
  unitTitle?: string | null
}

const FIELDS = [
  'sequence',
  'at',
  'action',
  'actorId',
  'actorEmail',
  'address',
  'unitId',
  'unitTitle',
  'collection',
  'documentId',
  'documentTitle',
  'changes',
  'previousHash',
] as const satisfies ReadonlyArray<keyof ChainedEntry>

/**
 * JSON with object keys sorted at every depth, missing values as null and moments normalised: the same entry
 * serialises the same way whichever database stored it (PostgreSQL's jsonb reorders keys; a date comes back as
 * a Date from one driver and a string from another).
 */
export const canonicalJson = (value: unknown): string => {
  if (value === undefined || value === null) return 'null'
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object') {
    const keys = Object.keys(value).sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`
  }
  return JSON.stringify(value)
}

const moment = (value: unknown) => (value ? new Date(value as string).toISOString() : value)

/** The hash of an entry: SHA-256 of its fields (which include the previous entry's hash). */
export const entryHash = (entry: ChainedEntry): string =>
  createHash('sha256')
    .update(
      canonicalJson(
        Object.fromEntries(FIELDS.map((field) => [field, field === 'at' ? moment(entry.at) : entry[field]])),
      ),
    )
    .digest('hex')

export type ChainProblem = { reason: string; sequence: number }

/**
 * The first break in a run of entries read in sequence order: a gap or repeat in the numbering, an entry that
 * does not follow the one before it, or an entry whose content no longer matches its hash (edited in the
 * database). `previous` is the entry before the run (none: the run starts the log, or at its oldest kept entry
 * after retention removed older ones, whose own `previousHash` is then taken as given).
 */
export const chainProblem = (
  entries: ReadonlyArray<ChainedEntry & { hash: string }>,
  previous?: { hash: string; sequence: number },
): ChainProblem | undefined => {
  let before = previous
  for (const entry of entries) {
    if (before && entry.sequence !== before.sequence + 1)
      return { reason: `entry ${before.sequence + 1} is missing (next is ${entry.sequence})`, sequence: entry.sequence }
    if (before && entry.previousHash !== before.hash)
      return { reason: 'does not follow the entry before it', sequence: entry.sequence }
    if (!before && entry.sequence === 1 && entry.previousHash !== GENESIS)
      return { reason: 'the first entry does not start the chain', sequence: entry.sequence }
    if (entryHash(entry) !== entry.hash)
      return { reason: 'its content was changed after it was written', sequence: entry.sequence }
    before = entry
  }
  return undefined
}

/**
 * How many write transactions a bulk job (an import, the benchmark's seed) keeps in flight. SQLite has one writer
 * at a time (the others would only queue, src/internals/sqliteWriteQueue.ts); a database server works on one
 * transaction while Node builds the next one's statements. Measured on this 2-core machine (PostgreSQL, 2,000
 * procedures, before JIT was turned off in src/db/adapter.ts): 4 at once wrote 58 new rows/s where 1 wrote 29, and
 * 8 no more than 4 (63).
 */
export const writersAtOnce = (adapter: string): number => (adapter === 'sqlite' ? 1 : 4)

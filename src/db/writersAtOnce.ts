/**
 * How many write transactions a bulk job (an import, the benchmark's seed) keeps in flight. SQLite has one writer
 * at a time (the others would only queue, src/internals/sqliteWriteQueue.ts); a database server works on one
 * transaction while Node builds the next one's statements. Measured on this 2-core machine (PostgreSQL, importing
 * procedures: 22 statements per new item, a quarter of the time in the server): 4 at once gives 1.7 times the rows
 * per second of 1, 8 no more than 4.
 */
export const writersAtOnce = (adapter: string): number => (adapter === 'sqlite' ? 1 : 4)

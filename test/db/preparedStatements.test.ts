import pg from 'pg'

import { preparingClient, statementName } from '../../src/db/preparedStatements'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { startTestServer } from '../helpers/testServer'

/**
 * PostgreSQL connections prepare the statements they run (src/db/preparedStatements.ts), on a real server: what
 * is prepared, the bound, and that nothing changes for the caller (results, errors, transactions).
 */
let database: TestDatabase
let pool: pg.Pool

const KEPT = 3

/** The statements this connection has prepared (the pool has one connection). */
const prepared = async (): Promise<string[]> =>
  (await pool.query('select name from pg_prepared_statements order by name')).rows.map(({ name }) => String(name))

beforeAll(async () => {
  database = await createTestDatabase({ empty: true, kind: 'postgres' })
  pool = new pg.Pool({ Client: preparingClient(pg.Client, KEPT), connectionString: database.uri, max: 1 })
})
afterAll(async () => {
  await pool?.end()
  await database?.drop()
})

describe('statement names', () => {
  it('are the same for one text, different for two, and valid PostgreSQL identifiers', () => {
    const a = statementName('select $1::int')
    expect(statementName('select $1::int')).toBe(a)
    expect(statementName('select $1::text')).not.toBe(a)
    expect(a).toMatch(/^[a-z_][A-Za-z0-9_-]*$/)
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(63)
  })

  it("0 statements kept is node-postgres's own client", () => {
    expect(preparingClient(pg.Client, 0)).toBe(pg.Client)
  })
})

describe('a connection that prepares its statements', () => {
  it('prepares a statement with parameters once and answers every run', async () => {
    const text = 'select $1::int + 1 as next'
    expect((await pool.query(text, [1])).rows).toEqual([{ next: 2 }])
    expect((await pool.query({ rowMode: 'array', text }, [41])).rows).toEqual([[42]])
    expect(await prepared()).toEqual([statementName(text)])
  })

  it('leaves statements without parameters unprepared', async () => {
    expect((await pool.query('select 7 as seven')).rows).toEqual([{ seven: 7 }])
    expect(await prepared()).toEqual([statementName('select $1::int + 1 as next')])
  })

  it(`keeps at most ${KEPT} per connection; later ones run unprepared, the kept ones stay prepared`, async () => {
    const texts = ['select $1::text as a', 'select $1::text as b', 'select $1::text as c', 'select $1::text as d']
    for (const [index, text] of texts.entries())
      expect((await pool.query(text, [`v${index}`])).rows[0]).toEqual({ [text.slice(-1)]: `v${index}` })
    const names = await prepared()
    expect(names).toHaveLength(KEPT)
    expect(names).toEqual(
      [statementName('select $1::int + 1 as next'), statementName(texts[0]!), statementName(texts[1]!)].sort(),
    )
    // Kept ones keep answering with new values; the unprepared one too.
    expect((await pool.query(texts[0]!, ['again'])).rows).toEqual([{ a: 'again' }])
    expect((await pool.query(texts[3]!, ['again'])).rows).toEqual([{ d: 'again' }])
    expect(await prepared()).toEqual(names)
  })

  it('reports errors as before, and a transaction with a failed statement rolls back and leaves the connection usable', async () => {
    const roomy = new pg.Pool({ Client: preparingClient(pg.Client, 100), connectionString: database.uri, max: 1 })
    const client = await roomy.connect()
    try {
      await client.query('create table if not exists notes (id int primary key, body text)')
      await client.query('begin')
      await client.query('insert into notes (id, body) values ($1, $2)', [1, 'một'])
      await expect(client.query('insert into notes (id, body) values ($1, $2)', [1, 'hai'])).rejects.toMatchObject({
        code: '23505',
      })
      await expect(client.query('select body from notes where id = $1', [1])).rejects.toMatchObject({
        code: '25P02',
      })
      await client.query('rollback')
      expect((await client.query('select count(*)::int as n from notes where id >= $1', [0])).rows).toEqual([{ n: 0 }])
      // A syntax error in a statement with parameters: reported, nothing prepared under its name.
      await expect(client.query('selec $1::int', [1])).rejects.toMatchObject({ code: '42601' })
      const names = (await client.query('select name from pg_prepared_statements where $1', [true])).rows
      expect(names.map(({ name }) => name)).toEqual(
        expect.arrayContaining([statementName('insert into notes (id, body) values ($1, $2)')]),
      )
      expect(names.map(({ name }) => name)).not.toContain(statementName('selec $1::int'))
    } finally {
      client.release()
      await roomy.end()
    }
  })

  it('answers callback-style queries (node-postgres calls them so inside pg-pool)', async () => {
    const rows = await new Promise((resolve, reject) =>
      pool.query('select $1::int * 2 as twice', [21], (error, result) =>
        error ? reject(error) : resolve(result.rows),
      ),
    )
    expect(rows).toEqual([{ twice: 42 }])
  })
})

// The server's own connections (src/db/adapter.ts): only a PostgreSQL run has them; on SQLite this is reported as skipped.
const onPostgres = process.env.TEST_DATABASE_URI?.startsWith('postgres') ? it : it.skip
onPostgres("prepares Payload's statements on the server's connections", async () => {
  const server = await startTestServer()
  try {
    const found = await server.payload.find({ collection: 'units', limit: 1, where: { code: { equals: '82' } } })
    expect(found.docs[0]?.code).toBe('82')
    // The pool hands out its most recently released connection: the one the find used.
    const serverPool = (server.payload.db as unknown as { pool: pg.Pool }).pool
    const { rows } = await serverPool.query('select statement from pg_prepared_statements where statement like $1', [
      '%from "units"%',
    ])
    expect(rows.length).toBeGreaterThan(0)
    // Every run planned for its own values (generic plans were several times slower on real data).
    expect((await serverPool.query('show plan_cache_mode')).rows).toEqual([{ plan_cache_mode: 'force_custom_plan' }])
  } finally {
    await server.stop()
  }
})

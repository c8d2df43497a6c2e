import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

type SqlAdapter = { execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }>; drizzle: unknown; name: string }

/** What the database itself says (not the config): the indexes each locales table has, by table. */
const indexedColumns = async (db: SqlAdapter): Promise<Map<string, string[][]>> => {
  const raw =
    db.name === 'sqlite'
      ? `select m.name as "table", group_concat(c.name) as "columns" from sqlite_master m, pragma_index_list(m.name) l, pragma_index_info(l.name) c
         where m.type = 'table' and m.name like '%\\_locales' escape '\\' group by m.name, l.name`
      : `select t.relname as "table", string_agg(a.attname, ',' order by array_position(i.indkey, a.attnum)) as "columns"
         from pg_index i join pg_class t on t.oid = i.indrelid join pg_attribute a on a.attrelid = t.oid and a.attnum = any(i.indkey)
         where t.relname like '%\\_locales' group by t.relname, i.indexrelid`
  const { rows } = await db.execute({ drizzle: db.drizzle, raw })
  const byTable = new Map<string, string[][]>()
  for (const row of rows) byTable.set(String(row.table), [...(byTable.get(String(row.table)) ?? []), String(row.columns).split(',')])
  return byTable
}

describe('locales tables', () => {
  it('are indexed on the parent id alone, the column every read of a document looks them up by', async () => {
    const db = server.payload.db as unknown as SqlAdapter
    if (db.name !== 'sqlite' && db.name !== 'postgres') return // MongoDB keeps locales inside the document
    const tables = await indexedColumns(db)
    expect(tables.size).toBeGreaterThanOrEqual(20)
    for (const [table, indexes] of tables) {
      expect({ table, parentIndexed: indexes.some((columns) => columns.length === 1 && columns[0] === '_parent_id') }).toEqual({ table, parentIndexed: true })
    }
  })
})

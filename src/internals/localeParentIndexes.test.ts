import { adapterName, executeSql } from './sqlAdapter'
import { startTestServer, type TestServer } from '../../test/helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

/** What the database itself says (not the config): the indexes each locales table has, by table. */
const indexedColumns = async (): Promise<Map<string, string[][]>> => {
  const raw =
    adapterName(server.payload) === 'sqlite'
      ? `select m.name as "table", group_concat(c.name) as "columns" from sqlite_master m, pragma_index_list(m.name) l, pragma_index_info(l.name) c
         where m.type = 'table' and m.name like '%\\_locales' escape '\\' group by m.name, l.name`
      : `select t.relname as "table", string_agg(a.attname, ',' order by array_position(i.indkey, a.attnum)) as "columns"
         from pg_index i join pg_class t on t.oid = i.indrelid join pg_attribute a on a.attrelid = t.oid and a.attnum = any(i.indkey)
         where t.relname like '%\\_locales' group by t.relname, i.indexrelid`
  const rows = ((await executeSql(server.payload, raw)) ?? []) as Record<string, unknown>[]
  const byTable = new Map<string, string[][]>()
  for (const row of rows)
    byTable.set(String(row.table), [...(byTable.get(String(row.table)) ?? []), String(row.columns).split(',')])
  return byTable
}

describe('locales tables', () => {
  it('are indexed on the parent id alone, the column every read of a document looks them up by', async () => {
    if (!['sqlite', 'postgres'].includes(adapterName(server.payload))) return // MongoDB keeps locales inside the document
    const tables = await indexedColumns()
    expect(tables.size).toBeGreaterThanOrEqual(20)
    for (const [table, indexes] of tables) {
      expect({
        table,
        parentIndexed: indexes.some((columns) => columns.length === 1 && columns[0] === '_parent_id'),
      }).toEqual({ table, parentIndexed: true })
    }
  })
})

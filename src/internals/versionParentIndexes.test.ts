import { adapterName, executeSql } from './sqlAdapter'
import { startTestServer, type TestServer } from '../../test/helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

/** What the database itself says (not the config): the columns of each index of the versions tables, by table. */
const indexedColumns = async (): Promise<Map<string, string[][]>> => {
  const raw =
    adapterName(server.payload) === 'sqlite'
      ? `select m.name as "table", group_concat(c.name) as "columns" from sqlite_master m, pragma_index_list(m.name) l, pragma_index_info(l.name) c
         where m.type = 'table' and m.name like '\\_%\\_v' escape '\\' group by m.name, l.name`
      : `select t.relname as "table", string_agg(a.attname, ',' order by array_position(i.indkey, a.attnum)) as "columns"
         from pg_index i join pg_class t on t.oid = i.indrelid join pg_attribute a on a.attrelid = t.oid and a.attnum = any(i.indkey)
         where t.relname like '\\_%\\_v' and t.relkind = 'r' group by t.relname, i.indexrelid`
  const rows = ((await executeSql(server.payload, raw)) ?? []) as Record<string, unknown>[]
  const byTable = new Map<string, string[][]>()
  for (const row of rows)
    byTable.set(String(row.table), [...(byTable.get(String(row.table)) ?? []), String(row.columns).split(',')])
  return byTable
}

describe('versions tables', () => {
  it('are indexed on (parent, updated_at), the order Payload reads a document’s newest version in', async () => {
    if (!['sqlite', 'postgres'].includes(adapterName(server.payload))) return // MongoDB: Payload's own indexes
    const tables = await indexedColumns()
    // Every collection with drafts: news, procedures, legal documents, contacts, unit profiles.
    expect([...tables.keys()].sort()).toEqual(
      expect.arrayContaining(['_contacts_v', '_legal_documents_v', '_news_v', '_procedures_v', '_unit_profiles_v']),
    )
    for (const [table, indexes] of tables)
      expect({
        indexed: indexes.some((columns) => columns.join(',') === 'parent_id,updated_at'),
        table,
      }).toEqual({ indexed: true, table })
  })
})

import { adapterName, executeSql } from './sqlAdapter'
import { startTestServer, type TestServer } from '../../test/helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

/** What the database itself says (not the config): the columns of each index of the tables LIKE `pattern`. */
const indexedColumns = async (pattern: string): Promise<Map<string, string[][]>> => {
  const raw =
    adapterName(server.payload) === 'sqlite'
      ? `select m.name as "table", group_concat(c.name) as "columns" from sqlite_master m, pragma_index_list(m.name) l, pragma_index_info(l.name) c
         where m.type = 'table' and m.name like '${pattern}' escape '\\' group by m.name, l.name`
      : `select t.relname as "table", string_agg(a.attname, ',' order by array_position(i.indkey, a.attnum)) as "columns"
         from pg_index i join pg_class t on t.oid = i.indrelid join pg_attribute a on a.attrelid = t.oid and a.attnum = any(i.indkey)
         where t.relname like '${pattern}' and t.relkind = 'r' group by t.relname, i.indexrelid`
  const rows = ((await executeSql(server.payload, raw)) ?? []) as Record<string, unknown>[]
  const byTable = new Map<string, string[][]>()
  for (const row of rows)
    byTable.set(String(row.table), [...(byTable.get(String(row.table)) ?? []), String(row.columns).split(',')])
  return byTable
}

/** For each table, whether one of its indexes has exactly these columns, in this order. */
const indexedOn = (tables: Map<string, string[][]>, columns: string) =>
  [...tables].map(([table, indexes]) => ({ indexed: indexes.some((each) => each.join(',') === columns), table }))

// MongoDB keeps locales inside the document and has Payload's own version indexes: nothing to check there.
const sql = () => ['sqlite', 'postgres'].includes(adapterName(server.payload))

describe('indexes our schema hooks add (src/internals/schemaIndexes.ts)', () => {
  it('locales tables are indexed on the parent id alone, the column every read of a document looks them up by', async () => {
    if (!sql()) return
    const tables = await indexedColumns('%\\_locales')
    expect(tables.size).toBeGreaterThanOrEqual(20)
    expect(indexedOn(tables, '_parent_id')).toEqual([...tables.keys()].map((table) => ({ indexed: true, table })))
  })

  it('versions tables are indexed on (parent, updated_at), the order Payload reads a document’s newest version in', async () => {
    if (!sql()) return
    const tables = await indexedColumns('\\_%\\_v')
    // Every collection with drafts: news, procedures, legal documents, contacts, unit profiles.
    expect([...tables.keys()]).toEqual(
      expect.arrayContaining(['_contacts_v', '_legal_documents_v', '_news_v', '_procedures_v', '_unit_profiles_v']),
    )
    expect(indexedOn(tables, 'parent_id,updated_at')).toEqual(
      [...tables.keys()].map((table) => ({ indexed: true, table })),
    )
  })
})

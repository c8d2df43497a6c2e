import { searchableCollections } from '../search/searchable'
import { adapterName, executeSql } from '../internals/sqlAdapter'
import { startTestServer, type TestServer } from '../../test/helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

describe('search indexes', () => {
  it('on PostgreSQL, every searchable collection has a trigram GIN index on each folded key (from its declaration)', async () => {
    if (adapterName(server.payload) !== 'postgres') return // SQLite and MongoDB have no trigram indexes
    const rows = (await executeSql(
      server.payload,
      `select t.relname as "table", a.attname as "column" from pg_index i
         join pg_class t on t.oid = i.indrelid join pg_class x on x.oid = i.indexrelid
         join pg_am m on m.oid = x.relam join pg_attribute a on a.attrelid = t.oid and a.attnum = any(i.indkey)
         join pg_opclass o on o.oid = any(i.indclass) where m.amname = 'gin' and o.opcname = 'gin_trgm_ops'`,
    )) as Array<{ column: string; table: string }>
    const indexed = new Set(rows.map((row) => `${row.table}.${row.column}`))
    const searchable = [...searchableCollections(server.payload).keys()]
    expect(searchable.length).toBeGreaterThanOrEqual(4)
    for (const slug of searchable) {
      for (const column of ['title_key', 'text_key']) {
        const key = `${slug.replace(/-/g, '_')}_locales.${column}`
        expect({ key, indexed: indexed.has(key) }).toEqual({ key, indexed: true })
      }
    }
  })

  it('on PostgreSQL, a visitor’s search reads both keys through their one trigram index', async () => {
    if (adapterName(server.payload) !== 'postgres') return
    const rows = (await executeSql(
      server.payload,
      `select tablename, indexdef from pg_indexes where indexname like '%_locales_keys_trgm_idx'`,
    )) as Array<{ indexdef: string; tablename: string }>
    expect(rows.map((row) => row.tablename).sort()).toEqual(
      [...searchableCollections(server.payload).keys()].map((slug) => `${slug.replace(/-/g, '_')}_locales`).sort(),
    )
    // The planner takes the index for the search's own spelling of the condition (src/internals/publicSearchSql.ts).
    await executeSql(server.payload, 'set enable_seqscan = off')
    try {
      const plan = (await executeSql(
        server.payload,
        `explain select 1 from news_locales l where (coalesce("l"."title_key", '') || ' ' || coalesce("l"."text_key", '')) like '%ket%'`,
      )) as Array<Record<string, string>>
      expect(plan.map((row) => Object.values(row)[0]).join('\n')).toContain('news_locales_keys_trgm_idx')
    } finally {
      await executeSql(server.payload, 'set enable_seqscan = on')
    }
  })
})

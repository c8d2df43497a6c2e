import { startTestServer, type TestServer } from '../../test/helpers/testServer'
import { ensureFullTextIndexes } from '../db/searchIndexes'
import { fts5Query } from '../search/rules/fullText'
import { searchKey } from '../base/text/vietnamese'
import { adapterName, executeSql } from './sqlAdapter'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

const sqlite = () => adapterName(server.payload) === 'sqlite'
const matches = async (word: string) =>
  (
    (await executeSql(
      server.payload,
      `select count(*) as n from news_locales_fts where news_locales_fts match '${fts5Query(word.split(' '))}'`,
    )) as Array<{ n: number }>
  )[0]!.n

/** The rows table beside the index: each locales row's item, locale and title key. */
const keptRows = async () =>
  (await executeSql(
    server.payload,
    `select r._parent_id as item, r._locale as locale, r.title_key as title from news_locales_fts_rows r
     join news_locales l on l.id = r.id order by r.id`,
  )) as Array<{ item: number; locale: string; title: string }>

/** The item's columns copied beside each of its keys rows, and the item's own, which they must equal. */
const itemCopies = async (item: number | string) =>
  (await executeSql(
    server.payload,
    `select r.unit_id as unit, r._status as status, r.published_at as date, r.updated_at as updated,
       n.unit_id = r.unit_id and n._status = r._status and n.published_at is r.published_at
         and n.updated_at = r.updated_at as same
     from news_locales_fts_rows r join news n on n.id = r._parent_id where r._parent_id = ${Number(item)}`,
  )) as Array<{ date: null | string; same: number; status: string; unit: number }>

const aCommune = async (offset = 0) =>
  (
    await server.payload.find({
      collection: 'units',
      limit: 1,
      page: offset + 1,
      sort: 'code',
      where: { level: { equals: 'commune' } },
    })
  ).docs[0]!.id as number

/**
 * The SQLite full-text indexes are SQLite's own FTS5 and triggers on Payload's `_locales` tables: if an upgrade
 * renames those tables or their columns, or libSQL drops FTS5 or its trigram tokenizer, this fails here.
 */
describe('SQLite full-text indexes', () => {
  it('are current after start: nothing to build', async () => {
    if (!sqlite()) return
    expect(await ensureFullTextIndexes(server.payload)).toEqual([])
  })

  it('follow inserts, changes and deletes through their triggers', async () => {
    if (!sqlite()) return
    const unit = (await server.payload.find({ collection: 'units', limit: 1, where: { level: { equals: 'commune' } } }))
      .docs[0]!.id as number
    const item = await server.payload.create({
      collection: 'news',
      data: { _status: 'published', title: 'Mùa nước nổi Tháp Mười', unit },
    })
    expect(await matches('thap muoi')).toBe(1)
    expect(await keptRows()).toEqual([{ item: item.id, locale: 'vi', title: 'mua nuoc noi thap muoi' }])
    await server.payload.update({ collection: 'news', data: { title: 'Mùa lúa chín' }, id: item.id })
    expect(await matches('thap muoi')).toBe(0)
    expect(await matches('lua chin')).toBe(1)
    expect(await keptRows()).toEqual([{ item: item.id, locale: 'vi', title: 'mua lua chin' }])
    await server.payload.delete({ collection: 'news', id: item.id })
    expect(await matches('lua chin')).toBe(0)
    expect(await keptRows()).toEqual([])
    await executeSql(server.payload, `insert into news_locales_fts(news_locales_fts) values ('integrity-check')`)
  })

  it('keep copies of each item’s unit, status and dates beside its keys, as the item changes', async () => {
    if (!sqlite()) return
    const [unit, other] = [await aCommune(0), await aCommune(1)]
    const item = await server.payload.create({
      collection: 'news',
      data: { _status: 'draft', title: 'Cống Cái Lớn', unit },
    })
    expect(await itemCopies(item.id)).toEqual([expect.objectContaining({ date: null, same: 1, status: 'draft', unit })])
    await server.payload.update({
      collection: 'news',
      data: { _status: 'published', publishedAt: '2026-07-01T01:00:00.000Z' },
      id: item.id,
    })
    expect(await itemCopies(item.id)).toEqual([
      expect.objectContaining({ date: '2026-07-01T01:00:00.000Z', same: 1, status: 'published', unit }),
    ])
    // An English version: a new keys row, its copies read from the item.
    await server.payload.update({ collection: 'news', data: { title: 'Cai Lon sluice' }, id: item.id, locale: 'en' })
    expect(await itemCopies(item.id)).toEqual([
      expect.objectContaining({ same: 1, status: 'published', unit }),
      expect.objectContaining({ same: 1, status: 'published', unit }),
    ])
    // The item's row alone changes (as a merger moves a unit's content): both copies follow.
    await executeSql(server.payload, `update news set unit_id = ${other} where id = ${Number(item.id)}`)
    expect(await itemCopies(item.id)).toEqual([
      expect.objectContaining({ same: 1, unit: other }),
      expect.objectContaining({ same: 1, unit: other }),
    ])
    await server.payload.delete({ collection: 'news', id: item.id })
    expect(await itemCopies(item.id)).toEqual([])
  })

  it('find a two-letter word wherever it is: inside a word, alone, at either end, or as the whole key', async () => {
    if (!sqlite()) return
    const unit = (await server.payload.find({ collection: 'units', limit: 1, where: { level: { equals: 'commune' } } }))
      .docs[0]!.id as number
    const titles = ['Kỳ', 'Kỳ họp thứ mười', 'Lễ kỷ niệm', 'Hội nghị năm 2025', 'Trẻ em tựu trường']
    const items = await Promise.all(
      titles.map((title) => server.payload.create({ collection: 'news', data: { _status: 'published', title, unit } })),
    )
    // What LIKE '%word%' finds in the keys, which the index must find too.
    for (const word of ['ky', 'ho', 'em', '20', '25', 'tr', 'oi', 'ng'])
      expect([word, await matches(word)]).toEqual([
        word,
        titles.filter((title) => searchKey(title).includes(word)).length,
      ])
    expect(await matches('ky ho')).toBe(1)
    for (const item of items) await server.payload.delete({ collection: 'news', id: item.id })
  })

  it('are rebuilt at start when a table rebuild dropped their triggers, or when their shape changed', async () => {
    if (!sqlite()) return
    // What drizzle-kit's table rebuild leaves: the table's triggers gone, the index still there (the keys
    // table's, or the items' table's).
    await executeSql(server.payload, 'drop trigger news_locales_fts_update')
    await executeSql(server.payload, 'drop trigger procedures_locales_fts_item_update')
    // A trigger of another version's index, which would fail every write to its table.
    await executeSql(
      server.payload,
      `create trigger legal_documents_locales_fts_item_delete after delete on legal_documents begin
         update legal_documents_locales_fts_rows set gone = 1 where _parent_id = old.id; end`,
    )
    // An index of an earlier shape.
    await executeSql(server.payload, 'drop table contacts_locales_fts')
    await executeSql(
      server.payload,
      `create virtual table contacts_locales_fts using fts5(title_key, text_key, content='contacts_locales', content_rowid='id')`,
    )
    expect((await ensureFullTextIndexes(server.payload)).sort()).toEqual([
      'contacts',
      'legal-documents',
      'news',
      'procedures',
    ])
    expect(await ensureFullTextIndexes(server.payload)).toEqual([])
    const triggers = (await executeSql(
      server.payload,
      `select name from sqlite_master where type = 'trigger' and name like 'news_locales_fts_%'`,
    )) as Array<{ name: string }>
    expect(triggers.map((row) => row.name).sort()).toEqual([
      'news_locales_fts_delete',
      'news_locales_fts_insert',
      'news_locales_fts_item_insert',
      'news_locales_fts_item_update',
      'news_locales_fts_update',
    ])
    const strays = await executeSql(
      server.payload,
      `select name from sqlite_master where name = 'legal_documents_locales_fts_item_delete'`,
    )
    expect(strays).toEqual([])
  })
})

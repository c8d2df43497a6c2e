import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { reuseSqliteStatements } from './libsqlStatements'

type Statement = {
  all: (args: unknown[]) => unknown[]
  columns: () => Array<{ name: string }>
  raw: (on: boolean) => Statement
  run: (args: unknown[]) => unknown
}
type Database = { close: () => void; exec: (sql: string) => void; prepare: (sql: string) => Statement }
const Libsql = createRequire(import.meta.url)('libsql') as new (file: string) => Database

let dir: string
let db: Database

beforeAll(() => {
  reuseSqliteStatements()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statements-'))
  db = new Libsql(path.join(dir, 'test.db'))
  db.exec('create table item (id integer primary key, name text not null unique)')
})
afterAll(() => {
  db.close()
  fs.rmSync(dir, { force: true, recursive: true })
})

/** The driver never frees statements (src/db/reuseSqliteStatements.ts): each SQL text is prepared once per connection. */
describe('SQLite statements', () => {
  it('are made by the prototype method the workaround replaces (tursodatabase/libsql-js#153)', () => {
    // If an upgrade moves `prepare` off the prototype, the patch silently stops working and memory leaks again.
    expect(typeof (Libsql as unknown as { prototype: { prepare?: unknown } }).prototype.prepare).toBe('function')
    expect((db.prepare as { reusesStatements?: boolean }).reusesStatements).toBe(true)
  })

  it('are prepared once per text and connection, and give each execution its own parameters', () => {
    const insert = 'insert into item (name) values (?)'
    expect(db.prepare(insert)).toBe(db.prepare(insert))
    for (const name of ['Hộ tịch', 'Đất đai', 'Chứng thực']) db.prepare(insert).run([name])
    const select = 'select name from item where name <> ? order by id'
    expect(db.prepare(select).raw(true).all(['Đất đai'])).toEqual([['Hộ tịch'], ['Chứng thực']])
    expect(db.prepare(select).raw(true).all(['Hộ tịch'])).toEqual([['Đất đai'], ['Chứng thực']])
  })

  it('still work after an execution failed', () => {
    const insert = 'insert into item (name) values (?)'
    expect(() => db.prepare(insert).run(['Hộ tịch'])).toThrow(/UNIQUE/)
    db.prepare(insert).run(['Xây dựng'])
    expect(db.prepare('select count(*) from item').raw(true).all([])).toEqual([[4]])
  })

  it('see schema changes (SQLite prepares a changed statement again by itself)', () => {
    const select = 'select * from item where id = ?'
    expect(db.prepare(select).raw(true).all([1])).toEqual([[1, 'Hộ tịch']])
    db.exec('alter table item add column field text')
    expect(db.prepare(select).raw(true).all([1])).toEqual([[1, 'Hộ tịch', null]])
  })

  it('give their result columns, asked of the driver once, except where `*` follows the schema', () => {
    const named = 'select id, name as title from item where id = ?'
    const first = db.prepare(named).columns()
    expect(first.map((column) => column.name)).toEqual(['id', 'title'])
    expect(db.prepare(named).columns()).toBe(first)
    expect(
      db
        .prepare('select count(*) as n from item')
        .columns()
        .map((column) => column.name),
    ).toEqual(['n'])
    const star = 'select * from item where id = ?'
    const before = db.prepare(star).columns().length
    db.exec('alter table item add column notes text')
    expect(db.prepare(star).raw(true).all([1])).toHaveLength(1)
    expect(db.prepare(star).columns()).toHaveLength(before + 1)
  })

  it('are kept per connection', () => {
    const other = new Libsql(path.join(dir, 'test.db'))
    try {
      expect(other.prepare('select 1')).not.toBe(db.prepare('select 1'))
    } finally {
      other.close()
    }
  })
})

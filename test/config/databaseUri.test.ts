import path from 'node:path'

import { DatabaseUriError, parseDatabaseUri, redactUri } from '../../src/settings/databaseUri'

describe('DATABASE_URI', () => {
  it('defaults to the embedded SQLite file under ./data', () => {
    expect(parseDatabaseUri(undefined, '/srv/portal')).toEqual({
      kind: 'sqlite',
      redacted: 'file:/srv/portal/data/portal.db',
      uri: 'file:/srv/portal/data/portal.db',
    })
    expect(parseDatabaseUri('  ', '/srv/portal').kind).toBe('sqlite')
  })

  it('resolves relative and absolute SQLite files', () => {
    expect(parseDatabaseUri('file:./data/x.db', '/srv/portal').uri).toBe('file:/srv/portal/data/x.db')
    expect(parseDatabaseUri('file:///var/lib/portal.db', '/srv').uri).toBe('file:/var/lib/portal.db')
    expect(parseDatabaseUri('file:/var/lib/portal.db', '/srv').uri).toBe(`file:${path.resolve('/var/lib/portal.db')}`)
  })

  it.each([
    ['postgres://portal:secret@db:5432/portal', 'postgres', 'postgres://portal:***@db:5432/portal'],
    ['postgresql://db.local/portal', 'postgres', 'postgresql://db.local/portal'],
    [
      'mongodb://u:p%40ss@mongo1,mongo2/portal?replicaSet=rs0',
      'mongodb',
      'mongodb://u:***@mongo1,mongo2/portal?replicaSet=rs0',
    ],
    ['mongodb+srv://u:pw@cluster0.example.net/portal', 'mongodb', 'mongodb+srv://u:***@cluster0.example.net/portal'],
  ])('recognises %s', (uri, kind, redacted) => {
    expect(parseDatabaseUri(uri)).toEqual({ kind, redacted, uri })
  })

  it.each([
    ['mysql://u:pw@host/db', /has no supported scheme/],
    ['portal.db', /has no supported scheme/],
    ['file:', /names no file/],
    ['postgres://u:pw@db:5432', /names no database/],
    ['postgres://u:p w#x@', /is not a valid postgres:\/\/ URI/],
  ])('refuses %s, naming the accepted schemes and hiding the password', (uri, reason) => {
    const error = (() => {
      try {
        parseDatabaseUri(uri)
      } catch (caught) {
        return caught as Error
      }
    })()
    expect(error).toBeInstanceOf(DatabaseUriError)
    expect(error!.message).toMatch(reason)
    expect(error!.message).toMatch(/Accepted schemes: file: .*postgres:\/\/.*mongodb:\/\//)
    expect(error!.message).not.toContain('pw')
  })

  it('redacts every password in a text, leaving the rest', () => {
    expect(redactUri('connect to postgres://a:b@h/db failed; retry mongodb://c:d@m/x')).toBe(
      'connect to postgres://a:***@h/db failed; retry mongodb://c:***@m/x',
    )
    expect(redactUri('postgres://only-user@h/db')).toBe('postgres://only-user@h/db')
  })
})

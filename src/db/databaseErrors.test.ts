import { databaseUnavailableCause } from './databaseErrors'

const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code })

describe('the cause of a database outage', () => {
  it('is named from the driver’s code, however deeply the error is wrapped', () => {
    expect(databaseUnavailableCause(coded('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'))).toBe(
      'connection refused',
    )
    const wrapped = new Error('Failed query: select count(*) from "payload_migrations"', { cause: coded('57P01') })
    expect(databaseUnavailableCause(wrapped)).toBe('connection closed by the database server (shut down or restarted)')
    expect(databaseUnavailableCause(coded('SQLITE_BUSY'))).toBe('the database is busy (locked by another writer)')
    expect(databaseUnavailableCause(new Error('no answer within 3000 ms'))).toBe('no answer in time')
    // Payload's BEGIN keeps only the driver's message.
    expect(
      databaseUnavailableCause(new Error('Error: cannot begin transaction: database "portal" does not exist')),
    ).toBe('the database does not exist')
    expect(
      databaseUnavailableCause(new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432')),
    ).toBe('connection refused')
  })

  it('never repeats the SQL, and is undefined for errors that are not an outage', () => {
    expect(
      databaseUnavailableCause(new Error('Failed query: insert into news … violates unique constraint')),
    ).toBeUndefined()
    expect(databaseUnavailableCause(coded('23505'))).toBeUndefined()
    expect(databaseUnavailableCause(undefined)).toBeUndefined()
  })
})

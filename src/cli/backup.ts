import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { loadEnv } from 'payload/node'

import { copySqliteDatabase } from '../internals/sqliteBackup'
import { readSettings, type Settings } from '../settings/settings'
import { ConfigError } from '../base/errors/ConfigError'
import { CommandFailure, UsageError } from './session'

const USAGE = `Usage:
  npm run backup -- create DIR    copies the database (online: the server may keep running) and the uploads into DIR
  npm run backup -- restore DIR   puts them back (stop the server first); the database of DATABASE_URI is replaced`

const DATABASE_FILE = { postgres: 'database.pgdump', sqlite: 'database.sqlite' } as const

/** Runs a program (pg_dump, pg_restore, tar), failing with what it printed. */
const run = (program: string, args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let errors = ''
    child.stderr.on('data', (chunk) => (errors += chunk))
    child.on('error', (error) => reject(new CommandFailure(`${program}: ${error.message}`)))
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new CommandFailure(`${program} failed (${code}): ${errors.trim()}`)),
    )
  })

/** The file of a SQLite `file:` URI. */
const sqliteFile = (uri: string) => path.resolve(decodeURIComponent(uri.replace(/^file:(\/\/)?/, '').split('?')[0]!))

const kindOf = (settings: Settings): 'postgres' | 'sqlite' => {
  const { kind } = settings.database
  if (kind === 'mongodb') throw new UsageError('MongoDB: back up with mongodump and restore with mongorestore.')
  return kind
}

const [command, dir] = parseArgs({ allowPositionals: true, strict: false }).positionals
if (!dir || (command !== 'create' && command !== 'restore')) {
  process.stderr.write(`${USAGE}\n`)
  process.exit(2)
}
const target = path.resolve(dir)

/**
 * Neither direction opens Payload: a backup reads the database as it is (no migration first), and a restore
 * must not migrate or seed the database it is about to replace.
 */
const main = async () => {
  loadEnv()
  const settings = readSettings()
  const kind = kindOf(settings)
  const file = path.join(target, DATABASE_FILE[kind])
  const uploads = path.join(target, 'uploads.tar.gz')
  if (command === 'create') {
    mkdirSync(target, { recursive: true })
    rmSync(file, { force: true })
    // SQLite: VACUUM INTO on a connection of its own; PostgreSQL: pg_dump's snapshot. Writers go on meanwhile.
    if (kind === 'sqlite') copySqliteDatabase(sqliteFile(settings.database.uri), file)
    else await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, settings.database.uri])
    const withUploads = existsSync(settings.uploadsDir)
    if (withUploads) await run('tar', ['-czf', uploads, '-C', settings.uploadsDir, '.'])
    process.stdout.write(
      `Backup written to ${target}: ${DATABASE_FILE[kind]}${withUploads ? ', uploads.tar.gz' : ''}.\n`,
    )
    return
  }
  if (!existsSync(file)) throw new UsageError(`${file}: no such backup (made by "npm run backup -- create").`)
  if (kind === 'sqlite') {
    const database = sqliteFile(settings.database.uri)
    mkdirSync(path.dirname(database), { recursive: true })
    for (const leftover of ['-wal', '-shm']) rmSync(`${database}${leftover}`, { force: true })
    copyFileSync(file, database)
  } else {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${settings.database.uri}`, file])
  }
  if (existsSync(uploads)) {
    mkdirSync(settings.uploadsDir, { recursive: true })
    await run('tar', ['-xzf', uploads, '-C', settings.uploadsDir])
  }
  process.stdout.write(
    `Restored ${DATABASE_FILE[kind]}${existsSync(uploads) ? ' and the uploads' : ''} from ${target}.\n`,
  )
}

try {
  await main()
  process.exit(0)
} catch (error) {
  const expected = error instanceof UsageError || error instanceof CommandFailure || error instanceof ConfigError
  process.stderr.write(`${expected ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`)
  process.exit(error instanceof UsageError ? 2 : 1)
}

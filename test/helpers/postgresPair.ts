import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './ports'

/**
 * A PostgreSQL primary and a streaming replica of it, each a server of its own on a free port in a temporary
 * folder, started from the PostgreSQL installed on this machine (`initdb`, `pg_basebackup -R`, `pg_ctl`), as a
 * province would run them. As root (CI), the servers run as the `postgres` user: PostgreSQL refuses root.
 */
export type PostgresPair = {
  primaryUri: (database: string) => string
  replicaUri: (database: string) => string
  /** Runs SQL on one of the two (the `postgres` database). */
  sql: (on: 'primary' | 'replica', text: string) => Promise<unknown[]>
  /** Stops (fast: its connections are ended) or starts the replica again. */
  replica: (action: 'start' | 'stop') => void
  stop: () => Promise<void>
}

const binDir = (): string => {
  const root = process.env.PG_BIN_ROOT ?? '/usr/lib/postgresql'
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  if (!versions[0]) throw new Error(`no PostgreSQL server programs under ${root} (apt-get install postgresql)`)
  return path.join(root, versions[0], 'bin')
}

const asRoot = process.getuid?.() === 0

const run = (program: string, args: string[]) => {
  const command = asRoot ? 'runuser' : program
  const fullArgs = asRoot ? ['-u', 'postgres', '--', program, ...args] : args
  const result = spawnSync(command, fullArgs, { encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`${path.basename(program)} failed (${result.status}): ${result.stderr || result.stdout}`)
}

export const startPostgresPair = async (): Promise<PostgresPair> => {
  const bin = binDir()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-pg-pair-'))
  if (asRoot) spawnSync('chown', ['-R', 'postgres:postgres', dir])
  const primary = path.join(dir, 'primary')
  const replica = path.join(dir, 'replica')
  const [primaryPort, replicaPort] = [await freePort(), await freePort()]
  const started: string[] = []
  const stop = async () => {
    for (const data of started.reverse())
      spawnSync(asRoot ? 'runuser' : `${bin}/pg_ctl`, [
        ...(asRoot ? ['-u', 'postgres', '--', `${bin}/pg_ctl`] : []),
        '-D',
        data,
        '-m',
        'immediate',
        'stop',
      ])
    fs.rmSync(dir, { force: true, recursive: true })
  }
  try {
    run(`${bin}/initdb`, [
      '-D',
      primary,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ])
    // For tests: no fsync (the data is thrown away), a socket in the temporary folder, replication allowed.
    fs.appendFileSync(
      path.join(primary, 'postgresql.conf'),
      [
        `port = ${primaryPort}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        'fsync = off',
        'full_page_writes = off',
        'wal_level = replica',
        'max_wal_senders = 4',
        'jit = off',
        '',
      ].join('\n'),
    )
    run(`${bin}/pg_ctl`, ['-D', primary, '-l', path.join(dir, 'primary.log'), '-w', 'start'])
    started.push(primary)
    run(`${bin}/pg_basebackup`, [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replica,
      '-R',
      '-X',
      'stream',
      '--no-sync',
    ])
    fs.appendFileSync(path.join(replica, 'postgresql.auto.conf'), `port = ${replicaPort}\n`)
    run(`${bin}/pg_ctl`, ['-D', replica, '-l', path.join(dir, 'replica.log'), '-w', 'start'])
    started.push(replica)
  } catch (error) {
    await stop()
    throw error
  }
  const uri = (port: number) => (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`
  const sql = async (on: 'primary' | 'replica', text: string) => {
    const { Client } = (await import('pg')).default
    const client = new Client({ connectionString: uri(on === 'primary' ? primaryPort : replicaPort)('postgres') })
    await client.connect()
    try {
      return (await client.query(text)).rows as unknown[]
    } finally {
      await client.end()
    }
  }
  const replicaAction = (action: 'start' | 'stop') =>
    run(`${bin}/pg_ctl`, ['-D', replica, '-l', path.join(dir, 'replica.log'), '-w', '-m', 'fast', action])
  return { primaryUri: uri(primaryPort), replica: replicaAction, replicaUri: uri(replicaPort), sql, stop }
}

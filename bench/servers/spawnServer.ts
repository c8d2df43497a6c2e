import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'

export type BenchServer = { pid: number; rssMb: () => number; stop: () => Promise<void>; url: string }

export const NODE_ARGS = ['--import', './src/preload/lexical.mjs', '--import', 'tsx']

/** Servers under test run as in production (no GraphQL explorer, warnings only in the log). */
export const PRODUCTION_ENV: Record<string, string> = {
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || randomBytes(32).toString('hex'),
}

/** Resident memory of a process in MB, from /proc (Linux). */
export const rssMbOf = (pid: number): number => {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'))
  return Math.round(Number(line?.match(/\d+/)?.[0] ?? 0) / 1024)
}

const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
  })

/** Starts `bench/servers/serve.ts <kind>` in its own process and waits for its address. */
export const spawnServer = (kind: 'bare' | 'ours' | 'stock', env: Record<string, string> = {}): Promise<BenchServer> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, 'bench/servers/serve.ts', kind], {
      env: { ...process.env, ...PRODUCTION_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const url = /LISTENING (\S+)/.exec(output)?.[1]
      if (!url) return
      child.stdout!.off('data', onData)
      child.stdout!.resume()
      resolve({ pid: child.pid!, rssMb: () => rssMbOf(child.pid!), stop: () => stopChild(child), url })
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('exit', (code) =>
      reject(new Error(`bench server "${kind}" exited (${code}) before listening:\n${output.slice(-2000)}`)),
    )
  })

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'

export type ServerProcess = {
  child: ChildProcessWithoutNullStreams
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>
  output: () => string
  url: string
}

/**
 * How a server process is started: from the TypeScript sources through tsx (the tests' default: nothing to build),
 * or as `npm start` / `npm run serve:api` run it, compiled ahead by src/server/launch.mjs.
 */
const NODE_ARGS = {
  compiled: ['--import', './src/preload/lexical.mjs', 'src/server/launch.mjs'],
  source: ['--import', './src/preload/lexical.mjs', '--import', 'tsx', 'src/server/main.ts'],
}
type From = keyof typeof NODE_ARGS

/** Runs the server as its own process, as `npm run serve:api` does (`args`), with the given environment. */
export const runServerProcess = (
  env: Record<string, string>,
  args: string[] = ['--api-only'],
  from: From = 'source',
) => {
  const child = spawn(process.execPath, [...NODE_ARGS[from], ...args], {
    env: { NODE_ENV: 'test', PATH: process.env.PATH ?? '', ...env },
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  )
  return { child, exited, output: () => output }
}

/** Starts a server process and waits until it says where its REST API listens (logged at level info). */
export const startServerProcess = async (
  env: Record<string, string>,
  args: string[] = ['--api-only'],
  from: From = 'source',
): Promise<ServerProcess> => {
  const run = runServerProcess({ ...env, LOG_LEVEL: 'info' }, args, from)
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /REST API:\s+(http:\/\/\S+)\/api/.exec(run.output())
      if (match) {
        clearInterval(timer)
        resolve(match[1])
      }
    }, 50)
    void run.exited.then((code) => {
      clearInterval(timer)
      reject(new Error(`server exited (${code}) before listening:\n${run.output()}`))
    })
  })
  return { ...run, url }
}

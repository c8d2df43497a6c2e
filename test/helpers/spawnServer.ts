import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'

export type ServerProcess = {
  child: ChildProcessWithoutNullStreams
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>
  output: () => string
  url: string
}

const NODE_ARGS = ['--import', './src/preload/lexical.mjs', '--import', 'tsx', 'src/server/main.ts']

/** Runs `src/server/main.ts` as its own process, exactly as `npm run serve:api` does, with the given environment. */
export const runServerProcess = (env: Record<string, string>, args: string[] = ['--api-only']) => {
  const child = spawn(process.execPath, [...NODE_ARGS, ...args], {
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
): Promise<ServerProcess> => {
  const run = runServerProcess({ ...env, LOG_LEVEL: 'info' }, args)
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

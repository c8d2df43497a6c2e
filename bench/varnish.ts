import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, whenListening } from '../test/helpers/ports'

export const VARNISHD = process.env.VARNISHD_PATH ?? '/usr/sbin/varnishd'
/** The VCL the project ships (docs/deployment.md). */
export const SHIPPED_VCL = path.resolve('deploy/varnish/portal.vcl')

export type RunningVarnish = { output: () => string; stop: () => Promise<void>; url: string }

/**
 * Starts Debian's varnishd (with varnish-modules' xkey) on a free port in front of `backendUrl`, running the
 * shipped VCL with only its backend's port replaced (on `listenPort` if given: the server must be told where
 * to purge before Varnish starts). For the edge test and the benchmark.
 */
export const startVarnish = async (backendUrl: string, listenPort?: number): Promise<RunningVarnish> => {
  if (!fs.existsSync(VARNISHD)) throw new Error(`No varnishd at ${VARNISHD}: apt-get install varnish varnish-modules`)
  const port = listenPort ?? (await freePort())
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'varnish-'))
  fs.chmodSync(workDir, 0o755)
  const shipped = fs.readFileSync(SHIPPED_VCL, 'utf8')
  if (!shipped.includes('.port = "3000";')) throw new Error(`${SHIPPED_VCL} no longer names its backend port 3000`)
  const vcl = path.join(workDir, 'portal.vcl')
  fs.writeFileSync(vcl, shipped.replace('.port = "3000";', `.port = "${new URL(backendUrl).port}";`))
  fs.chmodSync(vcl, 0o644)
  let output = ''
  const child: ChildProcess = spawn(
    VARNISHD,
    ['-F', '-n', path.join(workDir, 'state'), '-a', `127.0.0.1:${port}`, '-f', vcl, '-s', 'malloc,256m'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    fs.rmSync(workDir, { force: true, recursive: true })
  }
  if (!(await whenListening(port, 30_000))) {
    await stop()
    throw new Error(`varnishd did not start:\n${output}`)
  }
  return { output: () => output, stop, url: `http://127.0.0.1:${port}` }
}

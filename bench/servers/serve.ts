import cluster from 'node:cluster'
import http from 'node:http'
import zlib from 'node:zlib'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import express, { type Express } from 'express'
import { getPayload } from 'payload'

import { createConfig } from '../../src/config/createConfig'
import { runCluster } from '../../src/server/cluster'
import { listen, startServer } from '../../src/server/startServer'
import { serveFetch } from '../../src/http/webBridge'
import { benchSettings } from '../database'

/**
 * One benchmark server per process, so the load generator never shares its event loop:
 * - `ours`: the API-only server exactly as `npm run serve:api` runs it (cache per CACHE);
 * - `stock`: Payload's own GraphQL handler for the same config and data on a bare Express app, with none of our
 *   server's additions (no body limits, persisted queries, cache, security headers, compression, request log);
 * - `bare`: a bare Express route answering a fixed JSON body (BENCH_BARE_BODY, brotli when accepted, made once),
 *   the machine's ceiling.
 * Prints `LISTENING <url>` when ready.
 */
const kind = process.argv[2]

const serve = async (app: Express) => {
  const server = http.createServer(app)
  server.keepAliveTimeout = 65_000
  return `http://127.0.0.1:${(await listen(server, 0, '127.0.0.1')).port}`
}

const stockApp = async () => {
  const config = createConfig(benchSettings())
  await getPayload({ config })
  const app = express()
  app.post('/api/graphql', serveFetch(GRAPHQL_POST(config)))
  return serve(app)
}

const bareApp = () => {
  const body = process.env.BENCH_BARE_BODY ?? '{}'
  // The same bytes ours sends a browser (brotli, made once): the ceiling for a cached answer, not for compressing.
  const compressed = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })
  const app = express()
  app.post('/api/graphql', (req, res) => {
    res.type('application/json')
    if (req.acceptsEncodings('br') !== 'br') return res.send(body)
    res.setHeader('content-encoding', 'br')
    res.send(compressed)
  })
  return serve(app)
}

/** Read once: with WORKERS above 1, ours runs as a cluster (src/server/cluster.ts) and this process is its primary. */
const oursSettings =
  kind === 'ours' ? benchSettings({ CACHE: process.env.CACHE ?? 'false', HOST: '127.0.0.1', PORT: '0' }) : undefined
const workers = oursSettings?.cluster.workers ?? 1

const oursApp = async () => {
  if (workers === 1 || cluster.isWorker) return (await startServer({ admin: false, settings: oursSettings! })).url
  return new Promise<string>((resolve) => {
    void runCluster(
      workers,
      () => undefined,
      (port) => resolve(`http://127.0.0.1:${port}`),
    ).then((code) => process.exit(code))
  })
}

const servers: Record<string, () => Promise<string>> = { bare: bareApp, ours: oursApp, stock: stockApp }
const start = servers[kind ?? '']
if (!start) throw new Error(`usage: serve.ts ${Object.keys(servers).join('|')}`)
const url = await start()
if (cluster.isPrimary) process.stdout.write(`LISTENING ${url}\n`)
// Exit normally on SIGTERM, so `node --cpu-prof` writes its profile (a cluster's primary passes it on).
if (!cluster.isPrimary || workers === 1) process.once('SIGTERM', () => process.exit(0))

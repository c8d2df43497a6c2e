import fs from 'node:fs'
import path from 'node:path'

import type { RequestHandler } from 'express'

import { ConfigError } from '../base/errors/ConfigError'

export type AdminPanel = { close: () => Promise<void>; handle: RequestHandler }

export const isAdminBuilt = (dir = process.cwd()): boolean => fs.existsSync(path.join(dir, '.next', 'BUILD_ID'))

/**
 * The admin panel is Payload's Next.js app, built by `npm run build` and hosted here as a custom server. Its
 * server code shares this process's Payload instance (Payload caches the instance per process).
 */
export const createAdminPanel = async (dir = process.cwd()): Promise<AdminPanel> => {
  if (!isAdminBuilt(dir)) {
    throw new ConfigError('The admin panel is not built: run `npm run build` (or `npm start`, which builds it).')
  }
  // Loaded here, not with the module: the API-only server never loads Next.js (0.2–0.4 s of its cold start).
  const { default: next } = await import('next')
  const app = next({ dev: false, dir })
  await app.prepare()
  const handle = app.getRequestHandler()
  return {
    close: () => app.close(),
    handle: (req, res) => handle(req, res),
  }
}

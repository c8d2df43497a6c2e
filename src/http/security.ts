import cors from 'cors'
import helmet from 'helmet'

import type { NodeMiddleware } from './hitsFirst'

/**
 * Security headers. The admin panel is a Next.js app whose bootstrap uses inline scripts and styles, so those are
 * allowed from this origin only; API responses are JSON and files that portal sites on other origins embed, so
 * resources may be loaded cross-origin (reading them with credentials is still governed by CORS).
 */
export const securityHeaders = (): NodeMiddleware =>
  helmet({
    contentSecurityPolicy: {
      directives: {
        'connect-src': ["'self'"],
        'font-src': ["'self'", 'data:'],
        'frame-ancestors': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'script-src': ["'self'", "'unsafe-inline'"],
        'style-src': ["'self'", "'unsafe-inline'"],
      },
    },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  })

/** CORS for the API: only the configured origins (none by default, meaning same-origin only). */
export const apiCors = (origins: string[]): NodeMiddleware =>
  cors({
    credentials: true,
    maxAge: 600,
    origin: origins.length > 0 ? origins : false,
  })

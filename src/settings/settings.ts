import os from 'node:os'
import path from 'node:path'

import { DEFAULT_SQLITE_CACHE_MB, parseDatabaseUri, parseReplicas, type DatabaseTarget } from './databaseUri'
import { ConfigError } from '../base/errors/ConfigError'
import { LOG_LEVELS, type LogLevel } from './logger'
import { resolvePayloadSecret } from './secret'

/** Everything the process reads from its environment, validated once at start-up. */
export type Settings = {
  /** How long the audit log keeps entries, in days (AUDIT_RETENTION_DAYS; 0, the default: for ever). */
  auditRetentionDays: number
  /**
   * Anonymous GraphQL answers are cached (CACHE, default on), in Redis when REDIS_URL is set, else in memory.
   * After an edit, the answer it makes stale may still be served for up to CACHE_MAX_STALE_MS while one
   * recomputation runs (0: never). CACHE_CLOCK_SKEW_MS: how far apart the clocks of the server machines sharing
   * Redis may be. CACHE_HOT_ANSWERS: how many of its most requested answers a process recomputes as soon as an
   * edit makes them stale (0: none).
   */
  cache: {
    clockSkewMs: number
    enabled: boolean
    hotAnswers: number
    /** With the in-memory cache: bytes of answers a process keeps (CACHE_MAX_MB), beside CACHE_MAX_ENTRIES. */
    maxBytes: number
    maxEntries: number
    maxStaleMs: number
    prefix: string
    redisUrl?: string
  }
  corsOrigins: string[]
  database: DatabaseTarget
  /**
   * A shared cache in front (Varnish or a CDN, docs/deployment.md): public GraphQL answers over GET may be kept
   * there EDGE_MAX_AGE seconds (0, the default: not at all), carry their dependency tags in EDGE_TAG_HEADER
   * (`xkey` for Varnish's xkey module, `Surrogate-Key` for Fastly, `Cache-Tag` for Cloudflare), and every
   * committed change sends purge requests for its tags to EDGE_PURGE_URLS (comma-separated), as Varnish's
   * `PURGE` with an `xkey-purge` header (EDGE_PURGE_STYLE=xkey, the VCL in deploy/varnish/) or as a JSON POST
   * `{"tags": [...]}` to a CDN's purge hook (EDGE_PURGE_STYLE=json).
   */
  edge: { maxAgeSeconds: number; purgeStyle: 'json' | 'xkey'; purgeUrls: string[]; tagHeader: string }
  /**
   * Outgoing email: through the SMTP server SMTP_URL names (smtp:// or smtps://, user and password in the URL);
   * without it, Payload writes each message to the log. EMAIL_FROM / EMAIL_FROM_NAME sign the messages.
   */
  email: { from: string; fromName: string; smtpUrl?: string }
  /** GraphQL introspection and playground; always on outside production, off in production unless set. */
  graphqlExplorer: boolean
  host: string
  logLevel: LogLevel
  /** When queued jobs run (cron syntax; six fields for seconds). */
  jobsCron: string
  /** Largest document (files collection) accepted, in bytes. */
  /** How long a write's Idempotency-Key is remembered (a retry within it gets the first answer). */
  idempotencyTtlMs: number
  maxDocumentBytes: number
  /** The most pixels an uploaded image may declare (width × height), checked before anything decodes it. */
  maxImagePixels: number
  /** Link to a procedure on the national public-service portal; `{code}` is replaced by the procedure code. */
  nationalProcedureUrl: string
  nodeEnv: string
  port: number
  /** Webhook deliveries: how many attempts in all, and the first retry's delay (doubling after each failure). */
  webhooks: { attempts: number; retryDelayMs: number }
  /** Whether this process runs queued jobs (scheduled publishing, nightly validity refresh) every minute. */
  runJobs: boolean
  /**
   * Several processes (WORKERS: a number, or `auto` for one per core; default 1): `npm start` forks that many
   * workers sharing the port (src/server/cluster.ts). `worker` is this process's number among them (1 when
   * alone); worker 1 alone runs the chores (queued jobs, the audit retention).
   */
  cluster: { worker: number; workers: number }
  secret: string
  /** Public base URL, used in links (invitations, the start-up banner). */
  serverUrl: string
  /** Where uploaded files are kept, one folder per upload collection. */
  uploadsDir: string
  /** Number of reverse proxies in front of the server whose X-Forwarded-* headers are trusted. */
  trustProxy: number
}

type Env = Record<string, string | undefined>

const readPort = (value: string | undefined): number => {
  if (!value?.trim()) return 3000
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535 (got "${value}").`)
  }
  return port
}

const readTrustProxy = (value: string | undefined): number => {
  if (!value?.trim()) return 0
  const hops = Number(value)
  if (!Number.isInteger(hops) || hops < 0) {
    throw new ConfigError(`TRUST_PROXY must be the number of proxies in front of the server (got "${value}").`)
  }
  return hops
}

const readLogLevel = (value: string | undefined): LogLevel => {
  const level = value?.trim().toLowerCase() || 'info'
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${value}").`)
  }
  return level as LogLevel
}

const readMegabytes = (name: string, value: string | undefined, fallback: number): number => {
  if (!value?.trim()) return fallback * 1024 * 1024
  const megabytes = Number(value)
  if (!Number.isFinite(megabytes) || megabytes <= 0) {
    throw new ConfigError(`${name} must be a positive number of megabytes (got "${value}").`)
  }
  return Math.round(megabytes * 1024 * 1024)
}

const readBoolean = (name: string, value: string | undefined, fallback: boolean): boolean => {
  const text = value?.trim().toLowerCase()
  if (!text) return fallback
  if (['1', 'true', 'yes', 'on'].includes(text)) return true
  if (['0', 'false', 'no', 'off'].includes(text)) return false
  throw new ConfigError(`${name} must be true or false (got "${value}").`)
}

/** Unconfirmed offline: the portal's public link format. Operators can change it without a release. */
export const DEFAULT_NATIONAL_PROCEDURE_URL =
  'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}'

const readProcedureUrl = (value: string | undefined): string => {
  const template = value?.trim() || DEFAULT_NATIONAL_PROCEDURE_URL
  if (!/^https?:\/\/[^\s]+$/.test(template) || !template.includes('{code}')) {
    throw new ConfigError(`NATIONAL_PROCEDURE_URL must be an http(s) URL containing {code} (got "${value}").`)
  }
  return template
}

const CRON_FIELD = /^[\d*/,\-A-Za-z?LW#]+$/

const readCron = (value: string | undefined): string => {
  const cron = value?.trim() || '* * * * *'
  const fields = cron.split(/\s+/)
  if (fields.length < 5 || fields.length > 6 || !fields.every((field) => CRON_FIELD.test(field))) {
    throw new ConfigError(`JOBS_CRON must be a cron pattern of 5 or 6 fields, e.g. "* * * * *" (got "${value}").`)
  }
  return cron
}

const readHours = (name: string, value: string | undefined, fallback: number): number => {
  if (!value?.trim()) return fallback * 60 * 60 * 1000
  const hours = Number(value)
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) {
    throw new ConfigError(`${name} must be a number of hours above 0 and at most 720 (got "${value}").`)
  }
  return Math.round(hours * 60 * 60 * 1000)
}

const readMegapixels = (value: string | undefined, fallback: number): number => {
  if (!value?.trim()) return fallback * 1_000_000
  const megapixels = Number(value)
  if (!Number.isFinite(megapixels) || megapixels <= 0 || megapixels > 268) {
    throw new ConfigError(
      `MAX_IMAGE_MEGAPIXELS must be a number of megapixels above 0 and at most 268 (got "${value}").`,
    )
  }
  return Math.round(megapixels * 1_000_000)
}

const readDays = (name: string, value: string | undefined, fallback: number): number => {
  if (!value?.trim()) return fallback
  const days = Number(value)
  if (!Number.isInteger(days) || days < 0)
    throw new ConfigError(`${name} must be a whole number of days, 0 to keep everything (got "${value}").`)
  return days
}

const readWhole = (name: string, value: string | undefined, fallback: number, max: number, unit: string): number => {
  if (!value?.trim()) return fallback
  const whole = Number(value)
  if (!Number.isInteger(whole) || whole < 0 || whole > max)
    throw new ConfigError(`${name} must be a whole number of ${unit} from 0 to ${max} (got "${value}").`)
  return whole
}

const readEdgeMaxAge = (value: string | undefined): number => {
  if (!value?.trim()) return 0
  const seconds = Number(value)
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 31_536_000)
    throw new ConfigError(`EDGE_MAX_AGE must be a whole number of seconds from 0 to 31536000 (got "${value}").`)
  return seconds
}

const readPurgeUrls = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
    .map((url) => {
      const parsed = parsedUrl(url)
      if (!parsed || !/^https?:$/.test(parsed.protocol))
        throw new ConfigError(`EDGE_PURGE_URLS must be http(s) URLs separated by commas (got "${url}").`)
      return url
    })

const readTagHeader = (value: string | undefined): string => {
  const name = value?.trim() || 'xkey'
  if (!/^[A-Za-z0-9-]{1,64}$/.test(name))
    throw new ConfigError(
      `EDGE_TAG_HEADER must be a header name such as xkey, Surrogate-Key or Cache-Tag (got "${name}").`,
    )
  return name
}

const readPurgeStyle = (value: string | undefined): 'json' | 'xkey' => {
  const style = value?.trim().toLowerCase() || 'xkey'
  if (style !== 'xkey' && style !== 'json')
    throw new ConfigError(`EDGE_PURGE_STYLE must be xkey or json (got "${value}").`)
  return style
}

const readCount = (name: string, value: string | undefined, fallback: number): number => {
  if (!value?.trim()) return fallback
  const count = Number(value)
  if (!Number.isInteger(count) || count < 1)
    throw new ConfigError(`${name} must be a whole number of at least 1 (got "${value}").`)
  return count
}

/** At most this many workers: each holds its own database connections (PostgreSQL's pool is 10 by default). */
const MAX_WORKERS = 32

const readWorkers = (value: string | undefined, cores: number): number => {
  const text = value?.trim()
  if (!text) return 1
  if (text === 'auto') return Math.min(cores, MAX_WORKERS)
  const count = Number(text)
  if (!Number.isInteger(count) || count < 1 || count > MAX_WORKERS)
    throw new ConfigError(`WORKERS must be auto or a whole number from 1 to ${MAX_WORKERS} (got "${value}").`)
  return count
}

/** Set by the cluster's primary for each worker it forks (PORTAL_WORKER); 1 for a process on its own. */
const readWorkerNumber = (value: string | undefined, workers: number): number => {
  const number = Number(value?.trim() || '1')
  if (!Number.isInteger(number) || number < 1 || number > workers)
    throw new ConfigError(`PORTAL_WORKER must be a whole number from 1 to ${workers} (got "${value}").`)
  return number
}

/**
 * Workers do not share memory: each one's memory cache would go on serving answers another worker's edit made
 * stale, so several workers with the cache on need the shared one (Redis).
 */
const checkWorkersShareCache = (workers: number, cache: Settings['cache']) => {
  if (workers > 1 && cache.enabled && !cache.redisUrl)
    throw new ConfigError(
      `WORKERS=${workers} needs REDIS_URL (or CACHE=false): each worker's memory cache would miss the others' edits.`,
    )
}

const readRedisUrl = (value: string | undefined): string | undefined => {
  const url = value?.trim()
  if (!url) return undefined
  if (!/^rediss?:\/\//.test(url))
    throw new ConfigError(
      `REDIS_URL must start with redis:// or rediss:// (got "${url.replace(/:[^:@/]*@/, ':***@')}").`,
    )
  return url
}

const parsedUrl = (text: string): URL | undefined => {
  try {
    return new URL(text)
  } catch {
    return undefined
  }
}

const readSmtpUrl = (value: string | undefined): string | undefined => {
  const url = value?.trim()
  if (!url) return undefined
  const parsed = parsedUrl(url)
  if (!parsed || !/^smtps?:$/.test(parsed.protocol) || !parsed.hostname)
    throw new ConfigError(
      `SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465 (got "${url.replace(/:[^:@/]*@/, ':***@')}").`,
    )
  return url
}

const readServerUrl = (value: string | undefined, fallback: string): string => {
  const url = (value?.trim() || fallback).replace(/\/$/, '')
  const protocol = parsedUrl(url)?.protocol
  if (protocol !== 'http:' && protocol !== 'https:')
    throw new ConfigError(`SERVER_URL must be an http:// or https:// address (got "${url}").`)
  return url
}

const EMAIL = /^[^\s@]+@[^\s@]+$/

const readEmailFrom = (value: string | undefined, serverUrl: string): string => {
  const from = value?.trim() || `no-reply@${new URL(serverUrl).hostname}`
  if (!EMAIL.test(from)) throw new ConfigError(`EMAIL_FROM must be an email address (got "${from}").`)
  return from
}

const readOrigins = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)

/** Statements each PostgreSQL connection keeps prepared when DATABASE_PREPARED_STATEMENTS is not set. */
const DEFAULT_PREPARED_STATEMENTS = 500

const readDatabase = (env: Env, cwd: string): DatabaseTarget => {
  const primary = parseDatabaseUri(env.DATABASE_URI, cwd)
  const replicas = parseReplicas(env.DATABASE_REPLICA_URIS, env.DATABASE_REPLICA_MAX_LAG_MS, primary)
  if (primary.kind === 'sqlite')
    return {
      ...primary,
      pageCacheMb: readWhole('SQLITE_CACHE_MB', env.SQLITE_CACHE_MB, DEFAULT_SQLITE_CACHE_MB, 4096, 'megabytes'),
    }
  if (primary.kind !== 'postgres') return primary
  const preparedStatements = readWhole(
    'DATABASE_PREPARED_STATEMENTS',
    env.DATABASE_PREPARED_STATEMENTS,
    DEFAULT_PREPARED_STATEMENTS,
    100_000,
    'statements',
  )
  return { ...primary, preparedStatements, ...(replicas ? { replicas } : {}) }
}

export const readSettings = (
  env: Env = process.env,
  cwd = process.cwd(),
  cores = os.availableParallelism(),
): Settings => {
  const nodeEnv = env.NODE_ENV?.trim() || 'development'
  const workers = readWorkers(env.WORKERS, cores)
  const worker = readWorkerNumber(env.PORTAL_WORKER, workers)
  const cache = {
    clockSkewMs: readWhole('CACHE_CLOCK_SKEW_MS', env.CACHE_CLOCK_SKEW_MS, 50, 10_000, 'milliseconds'),
    enabled: readBoolean('CACHE', env.CACHE, true),
    hotAnswers: readWhole('CACHE_HOT_ANSWERS', env.CACHE_HOT_ANSWERS, 32, 1000, 'answers'),
    maxBytes: readCount('CACHE_MAX_MB', env.CACHE_MAX_MB, 256) * 1024 * 1024,
    maxEntries: readCount('CACHE_MAX_ENTRIES', env.CACHE_MAX_ENTRIES, 10_000),
    maxStaleMs: readWhole('CACHE_MAX_STALE_MS', env.CACHE_MAX_STALE_MS, 3000, 600_000, 'milliseconds'),
    prefix: env.CACHE_PREFIX?.trim() || 'portal:',
    redisUrl: readRedisUrl(env.REDIS_URL),
  }
  checkWorkersShareCache(workers, cache)
  const port = readPort(env.PORT)
  const host = env.HOST?.trim() || '0.0.0.0'
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host
  const serverUrl = readServerUrl(env.SERVER_URL, `http://${shownHost}:${port}`)
  return {
    auditRetentionDays: readDays('AUDIT_RETENTION_DAYS', env.AUDIT_RETENTION_DAYS, 0),
    cache,
    cluster: { worker, workers },
    corsOrigins: readOrigins(env.CORS_ORIGINS),
    database: readDatabase(env, cwd),
    edge: {
      maxAgeSeconds: readEdgeMaxAge(env.EDGE_MAX_AGE),
      purgeStyle: readPurgeStyle(env.EDGE_PURGE_STYLE),
      purgeUrls: readPurgeUrls(env.EDGE_PURGE_URLS),
      tagHeader: readTagHeader(env.EDGE_TAG_HEADER),
    },
    email: {
      from: readEmailFrom(env.EMAIL_FROM, serverUrl),
      fromName: env.EMAIL_FROM_NAME?.trim() || 'Cổng thông tin điện tử',
      smtpUrl: readSmtpUrl(env.SMTP_URL),
    },
    graphqlExplorer: readBoolean('GRAPHQL_EXPLORER', env.GRAPHQL_EXPLORER, nodeEnv !== 'production'),
    host,
    logLevel: readLogLevel(env.LOG_LEVEL),
    jobsCron: readCron(env.JOBS_CRON),
    idempotencyTtlMs: readHours('IDEMPOTENCY_TTL_HOURS', env.IDEMPOTENCY_TTL_HOURS, 24),
    maxDocumentBytes: readMegabytes('MAX_DOCUMENT_MB', env.MAX_DOCUMENT_MB, 20),
    maxImagePixels: readMegapixels(env.MAX_IMAGE_MEGAPIXELS, 40),
    nationalProcedureUrl: readProcedureUrl(env.NATIONAL_PROCEDURE_URL),
    nodeEnv,
    port,
    // In a cluster, worker 1 alone polls the queue: a job runs once however many poll, one poller is enough.
    runJobs: readBoolean('RUN_JOBS', env.RUN_JOBS, nodeEnv !== 'test') && worker === 1,
    webhooks: {
      attempts: readCount('WEBHOOK_ATTEMPTS', env.WEBHOOK_ATTEMPTS, 6),
      retryDelayMs: readCount('WEBHOOK_RETRY_DELAY_MS', env.WEBHOOK_RETRY_DELAY_MS, 30_000),
    },
    secret: resolvePayloadSecret({ cwd, nextPhase: env.NEXT_PHASE, nodeEnv, secret: env.PAYLOAD_SECRET }),
    serverUrl,
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    uploadsDir: path.resolve(cwd, env.UPLOADS_DIR?.trim() || 'data/uploads'),
  }
}

/**
 * The settings of this process, read once. The admin panel's Next.js bundle evaluates `payload.config.ts` a
 * second time, after Next.js has switched NODE_ENV to production; it must see the same settings (the same
 * secret above all) as the server that started it, so they are kept on the process.
 */
export const processSettings = (): Settings => {
  const holder = globalThis as { __portalSettings?: Settings }
  holder.__portalSettings ??= readSettings()
  return holder.__portalSettings
}

/** The largest image Payload reads in (its own default); documents may be allowed more by MAX_DOCUMENT_MB. */
const UPLOAD_CEILING = 20 * 1024 * 1024

/** Upload sizes: a file, and a whole request carrying one (with its form fields). */
export const uploadLimits = ({ maxDocumentBytes }: Pick<Settings, 'maxDocumentBytes'>) => {
  const fileSize = Math.max(maxDocumentBytes + 1, UPLOAD_CEILING)
  return { fileSize, requestSize: fileSize + 1024 * 1024 }
}

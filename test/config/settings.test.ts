import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ConfigError } from '../../src/base/errors/ConfigError'
import { resolvePayloadSecret } from '../../src/settings/secret'
import { readSettings } from '../../src/settings/settings'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'portal-settings-'))

describe('PAYLOAD_SECRET', () => {
  it('is generated once on a developer machine, kept in an ignored file readable by the owner only', () => {
    const cwd = tempDir()
    const first = resolvePayloadSecret({ cwd, nodeEnv: 'development' })
    const file = path.join(cwd, 'data/.payload-secret')
    expect(first.length).toBeGreaterThanOrEqual(32)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(resolvePayloadSecret({ cwd, nodeEnv: 'development' })).toBe(first)
    expect(resolvePayloadSecret({ cwd: tempDir(), nodeEnv: 'development' })).not.toBe(first)
  })

  it('is taken as given when set', () => {
    expect(resolvePayloadSecret({ cwd: tempDir(), nodeEnv: 'production', secret: 's'.repeat(32) })).toBe('s'.repeat(32))
  })

  it('is required, and long, in production', () => {
    expect(() => resolvePayloadSecret({ nodeEnv: 'production' })).toThrow(ConfigError)
    expect(() => resolvePayloadSecret({ nodeEnv: 'production', secret: 'short' })).toThrow(/at least 32 characters/)
  })
})

describe('settings', () => {
  it('has defaults a newcomer can start with', () => {
    const cwd = tempDir()
    const settings = readSettings({}, cwd)
    expect(settings).toMatchObject({
      cache: { clockSkewMs: 50, enabled: true, maxBytes: 256 * 1024 * 1024, maxEntries: 10_000, maxStaleMs: 3000 },
      cluster: { worker: 1, workers: 1 },
      corsOrigins: [],
      edge: { maxAgeSeconds: 0, purgeStyle: 'xkey', purgeUrls: [], tagHeader: 'xkey' },
      database: { kind: 'sqlite', pageCacheMb: 64 },
      host: '0.0.0.0',
      jobsCron: '* * * * *',
      logLevel: 'info',
      maxDocumentBytes: 20 * 1024 * 1024,
      maxImagePixels: 40_000_000,
      nationalProcedureUrl: expect.stringContaining('{code}'),
      nodeEnv: 'development',
      port: 3000,
      runJobs: true,
      serverUrl: 'http://localhost:3000',
      trustProxy: 0,
      uploadsDir: path.join(cwd, 'data/uploads'),
    })
  })

  it('reads every variable', () => {
    const settings = readSettings(
      {
        CACHE_CLOCK_SKEW_MS: '0',
        CACHE_MAX_MB: '64',
        CACHE_MAX_STALE_MS: '0',
        CORS_ORIGINS: 'https://tiengiang.gov.vn/, https://sotuphap.tiengiang.gov.vn',
        DATABASE_PREPARED_STATEMENTS: '0',
        DATABASE_URI: 'postgres://db/portal',
        EDGE_MAX_AGE: '3600',
        EDGE_PURGE_STYLE: 'JSON',
        EDGE_PURGE_URLS: 'http://varnish-1:6081/, https://api.cdn.example/purge',
        EDGE_TAG_HEADER: 'Cache-Tag',
        HOST: '127.0.0.1',
        JOBS_CRON: '*/30 * * * * *',
        LOG_LEVEL: 'WARN',
        MAX_DOCUMENT_MB: '5',
        NATIONAL_PROCEDURE_URL: 'https://dichvucong.gov.vn/tra-cuu?ma={code}',
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'p'.repeat(40),
        PORT: '8080',
        RUN_JOBS: 'no',
        SERVER_URL: 'https://cms.tiengiang.gov.vn/',
        TRUST_PROXY: '1',
        UPLOADS_DIR: '/var/lib/portal/uploads',
      },
      tempDir(),
    )
    expect(settings).toMatchObject({
      cache: { clockSkewMs: 0, maxBytes: 64 * 1024 * 1024, maxStaleMs: 0 },
      corsOrigins: ['https://tiengiang.gov.vn', 'https://sotuphap.tiengiang.gov.vn'],
      database: { kind: 'postgres', preparedStatements: 0 },
      edge: {
        maxAgeSeconds: 3600,
        purgeStyle: 'json',
        purgeUrls: ['http://varnish-1:6081/', 'https://api.cdn.example/purge'],
        tagHeader: 'Cache-Tag',
      },
      host: '127.0.0.1',
      jobsCron: '*/30 * * * * *',
      logLevel: 'warn',
      maxDocumentBytes: 5 * 1024 * 1024,
      nationalProcedureUrl: 'https://dichvucong.gov.vn/tra-cuu?ma={code}',
      port: 8080,
      runJobs: false,
      serverUrl: 'https://cms.tiengiang.gov.vn',
      trustProxy: 1,
      uploadsDir: '/var/lib/portal/uploads',
    })
  })

  it.each([
    [{ PORT: '70000' }, /PORT must be a whole number/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ TRUST_PROXY: 'yes' }, /TRUST_PROXY must be the number/],
    [{ MAX_DOCUMENT_MB: '-1' }, /MAX_DOCUMENT_MB must be a positive number/],
    [{ MAX_IMAGE_MEGAPIXELS: 'many' }, /MAX_IMAGE_MEGAPIXELS must be a number of megapixels/],
    [{ MAX_IMAGE_MEGAPIXELS: '1000' }, /MAX_IMAGE_MEGAPIXELS must be a number of megapixels/],
    [
      { NATIONAL_PROCEDURE_URL: 'https://dichvucong.gov.vn/' },
      /NATIONAL_PROCEDURE_URL must be an http\(s\) URL containing \{code\}/,
    ],
    [{ RUN_JOBS: 'maybe' }, /RUN_JOBS must be true or false/],
    [{ JOBS_CRON: 'every minute' }, /JOBS_CRON must be a cron pattern/],
    [{ CACHE_MAX_STALE_MS: '3s' }, /CACHE_MAX_STALE_MS must be a whole number of milliseconds from 0 to 600000/],
    [{ CACHE_MAX_STALE_MS: '-1' }, /CACHE_MAX_STALE_MS must be a whole number of milliseconds/],
    [{ CACHE_MAX_MB: '0.5' }, /CACHE_MAX_MB must be a whole number of at least 1/],
    [{ EDGE_MAX_AGE: '10m' }, /EDGE_MAX_AGE must be a whole number of seconds/],
    [{ EDGE_PURGE_URLS: 'varnish:6081' }, /EDGE_PURGE_URLS must be http\(s\) URLs/],
    [{ EDGE_TAG_HEADER: 'Cache Tag' }, /EDGE_TAG_HEADER must be a header name/],
    [{ EDGE_PURGE_STYLE: 'ban' }, /EDGE_PURGE_STYLE must be xkey or json/],
    [{ CACHE_CLOCK_SKEW_MS: '20000' }, /CACHE_CLOCK_SKEW_MS must be a whole number of milliseconds from 0 to 10000/],
    [{ DATABASE_REPLICA_URIS: 'postgres://replica/portal' }, /DATABASE_REPLICA_URIS is for PostgreSQL only/],
    [
      { DATABASE_REPLICA_URIS: 'mysql://u:secret@replica/portal', DATABASE_URI: 'postgres://primary/portal' },
      /DATABASE_REPLICA_URIS must be postgres:\/\/ URIs separated by commas \(got "mysql:\/\/u:\*\*\*@replica\/portal"\)/,
    ],
    [
      {
        DATABASE_REPLICA_MAX_LAG_MS: '1s',
        DATABASE_REPLICA_URIS: 'postgres://replica/portal',
        DATABASE_URI: 'postgres://primary/portal',
      },
      /DATABASE_REPLICA_MAX_LAG_MS must be a whole number of milliseconds from 0 to 60000/,
    ],
    [{ SQLITE_CACHE_MB: '64MB' }, /SQLITE_CACHE_MB must be a whole number of megabytes from 0 to 4096/],
    [
      { DATABASE_PREPARED_STATEMENTS: 'all', DATABASE_URI: 'postgres://primary/portal' },
      /DATABASE_PREPARED_STATEMENTS must be a whole number of statements from 0 to 100000/,
    ],
    [{ WORKERS: 'many' }, /WORKERS must be auto or a whole number from 1 to 32/],
    [{ WORKERS: '0' }, /WORKERS must be auto or a whole number from 1 to 32/],
    [{ WORKERS: '2' }, /WORKERS=2 needs REDIS_URL \(or CACHE=false\)/],
    [
      { PORTAL_WORKER: '3', REDIS_URL: 'redis://cache', WORKERS: '2' },
      /PORTAL_WORKER must be a whole number from 1 to 2/,
    ],
  ])('refuses %o', (env, message) => {
    expect(() => readSettings(env, tempDir())).toThrow(message)
  })
})

describe('read replica settings', () => {
  it('reads DATABASE_REPLICA_URIS (comma-separated) and the allowed lag, 1 s by default', () => {
    const { database } = readSettings(
      {
        DATABASE_REPLICA_URIS: 'postgres://replica-1/portal, postgres://replica-2/portal',
        DATABASE_URI: 'postgres://primary/portal',
      },
      tempDir(),
    )
    expect(database.replicas).toEqual({
      maxLagMs: 1000,
      uris: ['postgres://replica-1/portal', 'postgres://replica-2/portal'],
    })
    expect(readSettings({ DATABASE_URI: 'postgres://primary/portal' }, tempDir()).database.replicas).toBeUndefined()
  })

  it('keeps 500 prepared statements per PostgreSQL connection by default; other databases have none', () => {
    expect(readSettings({ DATABASE_URI: 'postgres://primary/portal' }, tempDir()).database.preparedStatements).toBe(500)
    expect(readSettings({}, tempDir()).database.preparedStatements).toBeUndefined()
  })

  it('gives each SQLite connection a 64 MB page cache unless SQLITE_CACHE_MB says otherwise; servers keep their own', () => {
    expect(readSettings({}, tempDir()).database.pageCacheMb).toBe(64)
    expect(readSettings({ SQLITE_CACHE_MB: '16' }, tempDir()).database.pageCacheMb).toBe(16)
    expect(readSettings({ DATABASE_URI: 'postgres://primary/portal' }, tempDir()).database.pageCacheMb).toBeUndefined()
  })
})

describe('cluster settings', () => {
  it('WORKERS=auto is one worker per core; several workers share the Redis cache or none', () => {
    expect(readSettings({ REDIS_URL: 'redis://cache', WORKERS: 'auto' }, tempDir(), 4).cluster).toEqual({
      worker: 1,
      workers: 4,
    })
    expect(readSettings({ CACHE: 'false', WORKERS: '3' }, tempDir()).cluster.workers).toBe(3)
  })

  it('worker 1 alone runs the queued jobs', () => {
    const env = { REDIS_URL: 'redis://cache', RUN_JOBS: 'true', WORKERS: '2' }
    expect(readSettings({ ...env, PORTAL_WORKER: '1' }, tempDir()).runJobs).toBe(true)
    expect(readSettings({ ...env, PORTAL_WORKER: '2' }, tempDir()).runJobs).toBe(false)
  })
})

describe('email settings', () => {
  const base = { PAYLOAD_SECRET: 'x'.repeat(32) }

  it('sends through SMTP_URL when set, signed by EMAIL_FROM; otherwise to the log', () => {
    expect(readSettings(base, tempDir()).email).toEqual({
      from: 'no-reply@localhost',
      fromName: 'Cổng thông tin điện tử',
      smtpUrl: undefined,
    })
    const set = readSettings(
      { ...base, EMAIL_FROM: 'cong@tiengiang.gov.vn', SMTP_URL: 'smtps://u:p@mail.tiengiang.gov.vn:465' },
      tempDir(),
    )
    expect(set.email).toMatchObject({ from: 'cong@tiengiang.gov.vn', smtpUrl: 'smtps://u:p@mail.tiengiang.gov.vn:465' })
  })

  it.each([
    ['SMTP_URL', 'mail.tiengiang.gov.vn', /SMTP_URL must look like/],
    ['SMTP_URL', 'http://u:secret@mail.tiengiang.gov.vn', /SMTP_URL must look like.*u:\*\*\*@/],
    ['EMAIL_FROM', 'cổng thông tin', /EMAIL_FROM must be an email address/],
    ['SERVER_URL', 'cms.tiengiang.gov.vn', /SERVER_URL must be an http/],
  ])('refuses %s=%j with a message naming it', (name, value, message) => {
    expect(() => readSettings({ ...base, [name]: value }, tempDir())).toThrow(message)
  })
})

import { runServerProcess } from '../helpers/spawnServer'

const startWith = async (env: Record<string, string>) => {
  const run = runServerProcess({ HOST: '127.0.0.1', PORT: '0', ...env })
  const code = await run.exited
  return { code, output: run.output() }
}

describe('start-up refuses a bad configuration with one clear line', () => {
  it.each([
    ['an unknown scheme', 'mysql://portal:Bi-mat-123@db.local/portal', /no supported scheme/],
    ['a malformed URI', 'postgres://portal:Bi mat#123@', /not a valid postgres:\/\/ URI/],
    ['a URI without a host', 'mongodb://', /not a valid mongodb:\/\/ URI|names no host/],
  ])('DATABASE_URI with %s', async (_case, uri, reason) => {
    const { code, output } = await startWith({ DATABASE_URI: uri })
    expect(code).toBe(1)
    const lines = output.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Configuration error: DATABASE_URI /)
    expect(lines[0]).toMatch(reason)
    expect(lines[0]).toContain('postgres://')
    expect(lines[0]).toContain('mongodb://')
    expect(lines[0]).toContain('file:')
    expect(output).not.toMatch(/Bi-mat-123|Bi mat/)
    expect(output).not.toMatch(/\n\s+at /)
  })

  it('requires PAYLOAD_SECRET in production', async () => {
    const { code, output } = await startWith({ NODE_ENV: 'production' })
    expect(code).toBe(1)
    expect(output.trim()).toBe('Configuration error: PAYLOAD_SECRET is required when NODE_ENV=production.')
  })

  it('refuses a short PAYLOAD_SECRET in production', async () => {
    const { code, output } = await startWith({ NODE_ENV: 'production', PAYLOAD_SECRET: 'too-short' })
    expect(code).toBe(1)
    expect(output.trim()).toBe('Configuration error: PAYLOAD_SECRET must be at least 32 characters long (it has 9).')
  })

  it('refuses a PORT that is not a port', async () => {
    const { code, output } = await startWith({ PORT: 'http' })
    expect(code).toBe(1)
    expect(output.trim()).toBe('Configuration error: PORT must be a whole number from 0 to 65535 (got "http").')
  })

  it('never logs the password of a PostgreSQL server it cannot reach', async () => {
    const { code, output } = await startWith({
      DATABASE_URI: 'postgres://portal:Mat-Khau-Rat-Bi-Mat@127.0.0.1:1/portal',
      PAYLOAD_SECRET: 'x'.repeat(40),
    })
    expect(code).toBe(1)
    expect(output).not.toContain('Mat-Khau-Rat-Bi-Mat')
    expect(output).toMatch(/ECONNREFUSED|connect/i)
  })
})

import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { ConfigError } from '../base/errors/ConfigError'

export const MIN_SECRET_LENGTH = 32
export const LOCAL_SECRET_FILE = 'data/.payload-secret'

type SecretInput = {
  cwd?: string
  /** Next.js sets NEXT_PHASE while it builds the admin panel, which evaluates the config but serves nothing. */
  nextPhase?: string
  nodeEnv?: string
  secret?: string
}

const BUILD_PHASE = 'phase-production-build'

/**
 * PAYLOAD_SECRET signs sessions and encrypts API keys. Production must provide a strong one; on a developer's
 * machine one is generated on first use and kept in an ignored file, so sessions survive restarts.
 */
export const resolvePayloadSecret = ({ cwd = process.cwd(), nextPhase, nodeEnv, secret }: SecretInput): string => {
  const given = secret?.trim()
  if (nextPhase === BUILD_PHASE) return given || 'placeholder-while-building-the-admin-panel'
  if (nodeEnv === 'production') {
    if (!given) throw new ConfigError('PAYLOAD_SECRET is required when NODE_ENV=production.')
    if (given.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(
        `PAYLOAD_SECRET must be at least ${MIN_SECRET_LENGTH} characters long (it has ${given.length}).`,
      )
    }
    return given
  }
  if (given) return given
  return readOrCreateLocalSecret(path.resolve(cwd, LOCAL_SECRET_FILE))
}

const readOrCreateLocalSecret = (file: string): string => {
  if (fs.existsSync(file)) {
    const stored = fs.readFileSync(file, 'utf8').trim()
    if (stored.length >= MIN_SECRET_LENGTH) return stored
  }
  const generated = randomBytes(48).toString('base64url')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${generated}\n`, { mode: 0o600 })
  return generated
}

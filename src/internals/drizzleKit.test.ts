import { getPayload } from 'payload'

import { createConfig } from '../config/createConfig'
import { readSettings } from '../settings/settings'
import { forgetPayloadInstance } from './payloadInstances'
import { pendingStatements } from './drizzleKit'

/**
 * The SQL adapters reach drizzle-kit through an undeclared `requireDrizzleKit()`; the migration writer and the
 * drift test compare schemas through it. If an upgrade removes it, this says so before `migrate:create` breaks.
 */
describe('drizzle-kit through the adapter', () => {
  it('compares the config with the last committed migration (nothing pending on the committed tree)', async () => {
    const settings = readSettings({ DATABASE_URI: 'file::memory:', NODE_ENV: 'test', PAYLOAD_SECRET: 'x'.repeat(32) })
    const payload = await getPayload({
      config: createConfig(settings),
      disableDBConnect: true,
      disableOnInit: true,
      key: 'drizzle-kit-check',
    })
    try {
      expect(typeof (payload.db as unknown as { requireDrizzleKit?: unknown }).requireDrizzleKit).toBe('function')
      expect(await pendingStatements(payload.db)).toEqual([])
    } finally {
      forgetPayloadInstance('drizzle-kit-check')
    }
  })
})

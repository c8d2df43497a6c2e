import { startTestServer } from '../../test/helpers/testServer'
import { hasCachedPayloadInstance } from './payloadInstances'

/**
 * getPayload() caches its instance in `globalThis._payload` under the key 'default'; stopping a server must
 * forget it, or the next start in the same process gets the destroyed instance back.
 */
describe('the payload instance cache', () => {
  it('holds the running instance under "default", and forgets it when the server stops', async () => {
    const server = await startTestServer()
    try {
      expect(hasCachedPayloadInstance('default')).toBe(true)
    } finally {
      await server.stop()
    }
    expect(hasCachedPayloadInstance('default')).toBe(false)
  })
})

/**
 * `getPayload()` keeps one instance per process in a global cache (`globalThis._payload`, a Map by key) and hands
 * it out again; after `destroy()` the dead instance stays there, so a server started again in the same process
 * (tests, a restart after a failed start) would get it back. Checked by payloadInstances.test.ts.
 */
export const forgetPayloadInstance = (key = 'default'): void => {
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete(key)
}

/** Whether the cache holds an instance under this key (for the test that guards this workaround). */
export const hasCachedPayloadInstance = (key = 'default'): boolean =>
  Boolean((globalThis as { _payload?: Map<string, unknown> })._payload?.has(key))

/**
 * Where a browser request comes from, for deciding whether its session cookie may act.
 *
 * A browser always sends `Origin` on writes, and a page cannot forge it. A request whose Origin is the address
 * the request itself was sent to (scheme and host as the server received them) comes from our own pages,
 * whatever host name the server was reached by (`localhost`, `127.0.0.1`, a LAN name): that is same-origin, not
 * a cross-site request, so it needs no allowlist. DNS rebinding does not get around this: a rebound host name is a
 * different site to the browser, which then has no session cookie of ours to send.
 */

/** The header the HTTP layer sets on every request to the origin it was received at (never taken from clients). */
export const REQUEST_ORIGIN_HEADER = 'x-portal-request-origin'

/** The header the HTTP layer sets to the client's address (through TRUST_PROXY; never taken from clients). */
export const CLIENT_ADDRESS_HEADER = 'x-portal-client-address'

const normalized = (origin: string): string | undefined => {
  try {
    const url = new URL(origin)
    return url.origin === 'null' ? undefined : url.origin
  } catch {
    return undefined
  }
}

/** Whether `origin` (the Origin header) is the request's own origin. */
export const isSameOrigin = (origin: string | null | undefined, ownOrigin: string | null | undefined): boolean => {
  if (!origin || !ownOrigin) return false
  const theirs = normalized(origin)
  return theirs !== undefined && theirs === normalized(ownOrigin)
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export type SessionRequest = {
  /** Origins allowed to use a session besides the request's own (SERVER_URL, CORS_ORIGINS). */
  allowed: readonly string[]
  hasSession: boolean
  method: string
  origin: string | null | undefined
  ownOrigin: string
}

/**
 * Whether a request must be refused because it tries to use a session from a page of another origin. Only writes
 * are refused outright: a read from another origin simply goes unauthenticated (a portal site on another
 * sub-domain reading the public API while its visitor is signed in to the admin panel is normal).
 */
export const refusesForeignSession = ({ allowed, hasSession, method, origin, ownOrigin }: SessionRequest): boolean =>
  hasSession &&
  !SAFE_METHODS.has(method.toUpperCase()) &&
  Boolean(origin) &&
  !isSameOrigin(origin, ownOrigin) &&
  !allowed.some((entry) => isSameOrigin(origin, entry))

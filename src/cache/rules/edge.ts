import { createHash } from 'node:crypto'

/**
 * What a shared cache in front (Varnish, a CDN) is told about a public answer, as pure rules.
 *
 * Tags go out hashed: ours hold characters edges treat differently (`news@12>commune`, `doc:news:5`), Varnish
 * keeps response headers under 8 KB by default (http_resp_hdr_len), and Cloudflare limits a tag to 1,024
 * bytes. 12 hex digits per tag: a list of 100 news items (~110 tags) makes a 1.5 KB header; two tags sharing a
 * hash (one in 2^48) only purge a little more than needed.
 */
export const edgeTagOf = (tag: string): string => createHash('sha256').update(tag).digest('hex').slice(0, 12)

/** The header's value: Cloudflare's Cache-Tag separates by commas; xkey and Surrogate-Key by spaces. */
export const edgeTagValue = (header: string, tags: string[]): string =>
  [...new Set(tags.map(edgeTagOf))].join(header.toLowerCase() === 'cache-tag' ? ',' : ' ')

/**
 * Browsers always revalidate (max-age=0, ETag). An edge keeps an answer `maxAgeSeconds` (s-maxage) only when
 * it is current as it leaves (`current`): a stale answer served while recomputing, or one computed while an
 * edit landed, must not outlive the purge that edit sends. stale-while-revalidate lets the edge answer from an
 * expired copy while fetching a new one, for as long as we allow ourselves (CACHE_MAX_STALE_MS, whole seconds).
 */
export const publicCacheControl = ({
  current,
  maxAgeSeconds,
  maxStaleMs,
}: {
  current: boolean
  maxAgeSeconds: number
  maxStaleMs: number
}): string => {
  if (!current || maxAgeSeconds === 0) return 'public, max-age=0, must-revalidate'
  const staleSeconds = Math.floor(maxStaleMs / 1000)
  return `public, max-age=0, s-maxage=${maxAgeSeconds}${staleSeconds > 0 ? `, stale-while-revalidate=${staleSeconds}` : ''}`
}

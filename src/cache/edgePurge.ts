import type { Payload } from 'payload'

import type { Settings } from '../settings/settings'
import { edgeTagOf } from './rules/edge'
import { type CacheLogger, consoleCacheLogger } from './store'

/** A purge request the edge has not answered by then is given up (and logged): writes never wait for edges. */
const PURGE_TIMEOUT_MS = 2000
/**
 * Every purge is sent again this much later: an answer computed from the data before the edit and still on its
 * way to the edge when the first purge arrived would otherwise stay there until it expires (the answer cache
 * also refuses such answers an edge lifetime as they leave: src/cache/rules/edge.ts).
 */
const PURGE_AGAIN_MS = 1000
/** Tags of the changes committed within this moment go out together (an import commits 50 rows at a time). */
const GATHER_MS = 50
/** Tags per request: Varnish limits a request header to 8 KB (http_req_hdr_len); 13 bytes a tag. */
const TAGS_PER_REQUEST = 200
/** A failing edge is reported at most this often per purge URL. */
const REPORT_EVERY_MS = 60_000

export type EdgePurger = {
  /** Sends purge requests for these tags (ours; hashed as the answers' tag header has them). Never throws. */
  purge(tags: string[]): void
  useLogger(logger: CacheLogger): void
}

/** Purges the edges of EDGE_PURGE_URLS; undefined when there are none. */
export const edgePurger = ({ purgeStyle, purgeUrls, tagHeader }: Settings['edge']): EdgePurger | undefined => {
  if (purgeUrls.length === 0) return undefined
  let logger: CacheLogger = consoleCacheLogger
  const reportedAt = new Map<string, number>()

  const send = async (url: string, tags: string[]) => {
    try {
      const response =
        purgeStyle === 'xkey'
          ? await fetch(url, {
              headers: { 'xkey-purge': tags.join(' ') },
              method: 'PURGE',
              signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
            })
          : await fetch(url, {
              body: JSON.stringify({ header: tagHeader, tags }),
              headers: { 'content-type': 'application/json' },
              method: 'POST',
              signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
            })
      await response.arrayBuffer()
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
    } catch (error) {
      const last = reportedAt.get(url) ?? 0
      if (Date.now() - last < REPORT_EVERY_MS) return
      reportedAt.set(url, Date.now())
      logger.error(
        `edge: purging ${url} failed (${(error as Error)?.message ?? String(error)}); edges may serve what changed until it expires (EDGE_MAX_AGE)`,
      )
    }
  }
  const sendAll = (tags: string[]) => {
    for (let start = 0; start < tags.length; start += TAGS_PER_REQUEST)
      for (const url of purgeUrls) void send(url, tags.slice(start, start + TAGS_PER_REQUEST))
  }

  let gathered = new Set<string>()
  let gathering: NodeJS.Timeout | undefined
  const flush = () => {
    gathering = undefined
    const tags = [...gathered]
    gathered = new Set()
    sendAll(tags)
    setTimeout(() => sendAll(tags), PURGE_AGAIN_MS).unref()
  }

  return {
    purge: (tags) => {
      for (const tag of tags) gathered.add(edgeTagOf(tag))
      if (gathered.size > 0) gathering ??= setTimeout(flush, GATHER_MS)
    },
    useLogger: (next) => {
      logger = next
    },
  }
}

/** The edge purger of this configuration (undefined without EDGE_PURGE_URLS), kept on `config.custom.edge`. */
export const edgePurgerOf = (payload: Payload): EdgePurger | undefined =>
  (payload.config.custom as { edge?: EdgePurger }).edge

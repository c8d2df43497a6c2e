import type { Payload } from 'payload'

import { seededRandom } from './dataset/random'
import { askGraphql, type GraphqlRequest, loadRunDrawn, type LoadResult } from './load'
import { NEWS_ARCHIVE_QUERY, NEWS_PAGE_QUERY } from './queries'

/** How many news pages the long tail draws from: enough that a 10 s run at a few hundred a second rarely repeats. */
const SAMPLE = 5_000
const ARCHIVE_PAGES = { first: 2, last: 20 }

export type LongTail = { archive: GraphqlRequest[]; newsPages: GraphqlRequest[] }

/**
 * The long tail of a province's traffic (issue 15): news pages by slug drawn at random over every portal, and
 * archive pages 2–20 of random portals. Drawn with a fixed seed, so runs compare like with like.
 */
export const longTailRequests = async (payload: Payload, seed = 20261128): Promise<LongTail> => {
  const random = seededRandom(seed)
  const units = new Map(
    (
      await payload.find({ collection: 'units', depth: 0, limit: 0, pagination: false, select: { slug: true } })
    ).docs.map((unit) => [String(unit.id), unit.slug!]),
  )
  // Every published item's slug and unit (a few seconds for 200,000), then a seeded draw among them.
  const { docs } = await payload.find({
    collection: 'news',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { slug: true, unit: true },
    where: { _status: { equals: 'published' } },
  })
  if (docs.length === 0) throw new Error('The long tail needs published news: run `npm run bench:seed` first.')
  const newsPages: GraphqlRequest[] = []
  const portals = new Set<string>()
  for (let drawn = 0; drawn < Math.min(SAMPLE, docs.length); drawn++) {
    const item = random.pick(docs)
    const portal = units.get(String(typeof item.unit === 'object' ? item.unit?.id : item.unit))
    if (!item.slug || !portal) continue
    portals.add(portal)
    newsPages.push({ headers: { 'x-portal-unit': portal }, query: NEWS_PAGE_QUERY, variables: { slug: item.slug } })
  }
  const archive = Array.from({ length: SAMPLE }, () => ({
    headers: { 'x-portal-unit': random.pick([...portals]) },
    query: NEWS_ARCHIVE_QUERY,
    variables: { page: random.int(ARCHIVE_PAGES.first, ARCHIVE_PAGES.last) },
  }))
  return { archive, newsPages }
}

/** Each request of the load drawn at random from `requests` (a seeded draw, the same for every server). */
const drawer = (requests: GraphqlRequest[], seed: number) => {
  const random = seededRandom(seed)
  return () => random.pick(requests)
}

export type LongTailResult = { archive: LoadResult; newsPages: LoadResult }

/** Checks that a server finds the first few news pages (a fast "not found" must never count), then loads it. */
export const measureLongTail = async (
  url: string,
  tail: LongTail,
  connections: number,
  seconds: number,
): Promise<LongTailResult> => {
  for (const request of tail.newsPages.slice(0, 5)) {
    const answer = JSON.parse(await askGraphql(url, request)) as { data: { News: { docs: unknown[] } } }
    if (answer.data.News.docs.length !== 1) throw new Error(`news page ${JSON.stringify(request.variables)} not found`)
  }
  return {
    archive: await loadRunDrawn(url, drawer(tail.archive, 1), connections, seconds),
    newsPages: await loadRunDrawn(url, drawer(tail.newsPages, 2), connections, seconds),
  }
}

import type { Payload } from 'payload'

import { askGraphql, type GraphqlRequest, loadRun, loadRunMany, type LoadResult } from './load'
import { HOME_QUERY } from './queries'

/** Readers on the commune in the storm, and on ten other portals at the same time: 100 connections in all. */
const STORM_CONNECTIONS = 60
const OTHER_CONNECTIONS = 40
/** An edit of the commune's top news every second, as its editors keep publishing warnings. */
const EDIT_EVERY_MS = 1000
/** An edit not visible after this long counts as missed. */
const GIVE_UP_MS = 10_000

export type StormResult = {
  edits: number
  missedEdits: number
  others: LoadResult
  storm: LoadResult
  /** From an edit's acknowledgement to the first anonymous answer showing it. */
  visibleMs: { max: number; p50: number }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** A portal's home page; over GET when it goes through an edge cache (POST is never kept there). */
export const homeOf = (slug: string, get = false): GraphqlRequest => ({
  get,
  headers: { 'x-portal-unit': slug },
  query: HOME_QUERY,
})

/** The storm's portals: the commune with news, and ten other units with news (communes first, by code). */
export const stormPortals = async (payload: Payload, commune: string) => {
  const { docs } = await payload.find({
    collection: 'units',
    depth: 0,
    limit: 300,
    pagination: false,
    sort: 'code',
    where: { slug: { not_equals: commune } },
  })
  const others: string[] = []
  for (const unit of [...docs].sort((a, b) => Number(b.level === 'commune') - Number(a.level === 'commune'))) {
    if (others.length === 10) break
    if ((await payload.count({ collection: 'news', where: { unit: { equals: unit.id } } })).totalDocs > 0)
      others.push(unit.slug!)
  }
  const [top] = (
    await payload.find({
      collection: 'news',
      depth: 0,
      limit: 1,
      sort: '-publishedAt',
      where: { and: [{ 'unit.slug': { equals: commune } }, { _status: { equals: 'published' } }] },
    })
  ).docs
  if (!top) throw new Error(`${commune} has no published news to edit in the storm`)
  if (others.length === 0) throw new Error('The storm needs units with news besides the commune: seed more units.')
  return { others, topNews: top.id }
}

/**
 * A storm: 60 connections on one commune's home page, 40 on ten other portals' home pages, and an edit of the
 * commune's newest news title every second (through `edit`, which resolves once the edit is acknowledged).
 * After each edit an anonymous reader asks the commune's home page until the new title shows.
 */
export const measureStorm = async (
  url: string,
  { commune, others }: { commune: string; others: string[] },
  seconds: number,
  edit: (title: string) => Promise<void>,
  { get = false }: { get?: boolean } = {},
): Promise<StormResult> => {
  const home = (slug: string) => homeOf(slug, get)
  const visible: number[] = []
  let missed = 0
  let stop = false
  const editor = (async () => {
    for (let n = 1; !stop; n++) {
      const title = `Cảnh báo bão khẩn cấp số ${n} (${Date.now()})`
      const started = Date.now()
      await edit(title)
      const acknowledged = Date.now()
      let seen = false
      while (!seen && Date.now() - acknowledged < GIVE_UP_MS) {
        seen = (await askGraphql(url, home(commune))).includes(title)
        if (!seen) await sleep(10)
      }
      if (seen) visible.push(Date.now() - acknowledged)
      else missed += 1
      await sleep(Math.max(0, EDIT_EVERY_MS - (Date.now() - started)))
    }
  })()
  const [storm, rest] = await Promise.all([
    loadRun(url, home(commune), STORM_CONNECTIONS, seconds),
    loadRunMany(url, others.map(home), OTHER_CONNECTIONS, seconds),
  ])
  stop = true
  await editor
  const sorted = [...visible].sort((a, b) => a - b)
  return {
    edits: visible.length + missed,
    missedEdits: missed,
    others: rest,
    storm,
    visibleMs: { max: sorted.at(-1) ?? 0, p50: sorted[Math.floor(sorted.length / 2)] ?? 0 },
  }
}

/** Edits through the server's REST API as a signed-in province administrator (so its caches hear of them). */
export const restEditor = async (payload: Payload, url: string, newsId: number | string) => {
  const email = `bench-storm-${Date.now()}@example.gov.vn`
  const password = 'bench-storm-password-1'
  await payload.create({
    collection: 'users',
    data: { email, isSuperAdmin: true, name: 'Biên tập viên bão', password } as never,
  })
  const login = await fetch(`${url}/api/users/login`, {
    body: JSON.stringify({ email, password }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const { token } = (await login.json()) as { token?: string }
  if (!token) throw new Error(`the storm's editor could not sign in (${login.status})`)
  return {
    edit: async (title: string) => {
      const response = await fetch(`${url}/api/news/${newsId}`, {
        body: JSON.stringify({ title }),
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        method: 'PATCH',
      })
      await response.arrayBuffer()
      if (!response.ok) throw new Error(`the storm's edit failed: ${response.status}`)
    },
    forget: () => payload.delete({ collection: 'users', where: { email: { equals: email } } }),
  }
}

import type { Payload } from 'payload'

import type { Id } from '../../src/base/ids'

/**
 * The same operations on news through the three interfaces, each answering only "was it allowed" (and, for
 * reads, what came back), so that one matrix of expectations can be checked against all three.
 */
export type NewsClient = {
  count: (unit: Id) => Promise<number>
  create: (unit: Id, title: string) => Promise<boolean>
  delete: (id: Id) => Promise<boolean>
  find: (unit: Id) => Promise<string[]>
  findByID: (id: Id) => Promise<boolean>
  move: (id: Id, unit: Id) => Promise<boolean>
  publish: (id: Id) => Promise<boolean>
  update: (id: Id, title: string) => Promise<boolean>
  versions: (id: Id) => Promise<boolean>
}

const ok = (promise: Promise<unknown>) =>
  promise.then(
    () => true,
    () => false,
  )
const idsOf = (docs: Array<{ id: Id }>) => docs.map((doc) => String(doc.id)).sort()

export const localClient = (payload: Payload, user: unknown): NewsClient => {
  const as = { depth: 0, overrideAccess: false, user } as const
  return {
    count: async (unit) =>
      (await payload.count({ ...as, collection: 'news', where: { unit: { equals: unit } } })).totalDocs,
    create: (unit, title) =>
      ok(
        payload.create({
          ...as,
          collection: 'news',
          data: { _status: 'draft', title, unit: unit as number },
          draft: true,
        }),
      ),
    delete: (id) => ok(payload.delete({ ...as, collection: 'news', id })),
    find: async (unit) =>
      idsOf((await payload.find({ ...as, collection: 'news', limit: 0, where: { unit: { equals: unit } } })).docs),
    findByID: (id) => ok(payload.findByID({ ...as, collection: 'news', draft: true, id })),
    move: (id, unit) => ok(payload.update({ ...as, collection: 'news', data: { unit: unit as number }, id })),
    publish: (id) => ok(payload.update({ ...as, collection: 'news', data: { _status: 'published' }, id })),
    update: (id, title) => ok(payload.update({ ...as, collection: 'news', data: { title }, draft: true, id })),
    versions: async (id) => {
      const result = await payload
        .findVersions({ ...as, collection: 'news', where: { parent: { equals: id } } })
        .catch(() => ({ docs: [] }))
      return result.docs.length > 0
    },
  }
}

const where = (unit: Id) => `where[unit][equals]=${encodeURIComponent(String(unit))}`

export const restClient = (baseUrl: string, headers: Record<string, string>): NewsClient => {
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}/api/news${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...headers, ...(init.headers as Record<string, string>) },
    })
  const succeeded = async (path: string, init: RequestInit) => (await call(path, init)).ok
  return {
    count: async (unit) => {
      const response = await call(`/count?${where(unit)}`)
      return response.ok ? ((await response.json()) as { totalDocs: number }).totalDocs : 0
    },
    create: (unit, title) =>
      succeeded('?draft=true', { body: JSON.stringify({ _status: 'draft', title, unit }), method: 'POST' }),
    delete: (id) => succeeded(`/${id}`, { method: 'DELETE' }),
    find: async (unit) => {
      const response = await call(`?${where(unit)}&limit=100&depth=0`)
      return response.ok ? idsOf(((await response.json()) as { docs: Array<{ id: Id }> }).docs) : []
    },
    findByID: async (id) => (await call(`/${id}?draft=true&depth=0`)).ok,
    move: (id, unit) => succeeded(`/${id}`, { body: JSON.stringify({ unit }), method: 'PATCH' }),
    publish: (id) => succeeded(`/${id}`, { body: JSON.stringify({ _status: 'published' }), method: 'PATCH' }),
    update: (id, title) => succeeded(`/${id}?draft=true`, { body: JSON.stringify({ title }), method: 'PATCH' }),
    versions: async (id) => {
      const response = await call(`/versions?where[parent][equals]=${encodeURIComponent(String(id))}`)
      return response.ok && ((await response.json()) as { docs: unknown[] }).docs.length > 0
    },
  }
}

const literal = (value: unknown) => JSON.stringify(value)

export const graphqlClient = (baseUrl: string, headers: Record<string, string>): NewsClient => {
  const run = async (query: string) => {
    const response = await fetch(`${baseUrl}/api/graphql`, {
      body: JSON.stringify({ query }),
      headers: { 'content-type': 'application/json', ...headers },
      method: 'POST',
    })
    return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] }
  }
  const succeeded = async (query: string, field: string) => {
    const result = await run(query)
    return !result.errors && Boolean(result.data?.[field])
  }
  return {
    count: async (unit) =>
      (await run(`{ countNews(where: { unit: { equals: ${literal(unit)} } }) { totalDocs } }`)).data?.countNews
        ?.totalDocs ?? 0,
    create: (unit, title) =>
      succeeded(
        `mutation { createNewsArticle(draft: true, data: { title: ${literal(title)}, unit: ${literal(unit)}, _status: draft }) { id } }`,
        'createNewsArticle',
      ),
    delete: (id) => succeeded(`mutation { deleteNewsArticle(id: ${literal(id)}) { id } }`, 'deleteNewsArticle'),
    find: async (unit) => {
      const result = await run(`{ News(limit: 100, where: { unit: { equals: ${literal(unit)} } }) { docs { id } } }`)
      return idsOf(result.data?.News?.docs ?? [])
    },
    findByID: (id) => succeeded(`{ NewsArticle(id: ${literal(id)}, draft: true) { id } }`, 'NewsArticle'),
    move: (id, unit) =>
      succeeded(
        `mutation { updateNewsArticle(id: ${literal(id)}, data: { unit: ${literal(unit)} }) { id } }`,
        'updateNewsArticle',
      ),
    publish: (id) =>
      succeeded(
        `mutation { updateNewsArticle(id: ${literal(id)}, data: { _status: published }) { id } }`,
        'updateNewsArticle',
      ),
    update: (id, title) =>
      succeeded(
        `mutation { updateNewsArticle(id: ${literal(id)}, draft: true, data: { title: ${literal(title)} }) { id } }`,
        'updateNewsArticle',
      ),
    versions: async (id) => {
      const result = await run(`{ versionsNews(where: { parent: { equals: ${literal(id)} } }) { docs { id } } }`)
      return (result.data?.versionsNews?.docs?.length ?? 0) > 0
    },
  }
}

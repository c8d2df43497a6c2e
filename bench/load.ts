import autocannon from 'autocannon'

export type LoadResult = {
  connections: number
  errors: number
  non2xx: number
  p50: number
  p99: number
  requestsPerSecond: number
  seconds: number
}

/** A GraphQL request; `get`: over GET with the query in the address (what an edge cache can keep), else POST. */
export type GraphqlRequest = {
  get?: boolean
  headers?: Record<string, string>
  query: string
  variables?: Record<string, unknown>
}

const pathOf = ({ get, query, variables }: GraphqlRequest) =>
  get
    ? `/api/graphql?${new URLSearchParams({ query, ...(variables ? { variables: JSON.stringify(variables) } : {}) })}`
    : '/api/graphql'
const initOf = (request: GraphqlRequest) =>
  request.get
    ? { headers: { ...request.headers }, method: 'GET' as const }
    : {
        body: JSON.stringify({ query: request.query, variables: request.variables }),
        headers: { 'content-type': 'application/json', ...request.headers },
        method: 'POST' as const,
      }

/**
 * Drives `url` with autocannon: `connections` clients sending the same GraphQL POST for `seconds`, as browsers
 * send it (`Accept-Encoding: gzip, deflate, br`: answers are measured compressed, as they travel).
 */
export const loadRun = (
  url: string,
  request: GraphqlRequest,
  connections: number,
  seconds: number,
): Promise<LoadResult> => loadRunMany(url, [request], connections, seconds)

/**
 * Like `loadRun`, each connection cycling through several requests (a reader moving between portals):
 * autocannon's `requests` sequence.
 */
export const loadRunMany = async (
  url: string,
  requests: GraphqlRequest[],
  connections: number,
  seconds: number,
): Promise<LoadResult> => {
  const result = await autocannon({
    connections,
    duration: seconds,
    requests: requests.map((request) => {
      const init = initOf(request)
      return { ...init, headers: { 'accept-encoding': 'gzip, deflate, br', ...init.headers }, path: pathOf(request) }
    }),
    url,
  })
  return resultOf(result, connections, seconds)
}

const resultOf = (result: autocannon.Result, connections: number, seconds: number): LoadResult => ({
  connections,
  errors: result.errors + result.timeouts,
  non2xx: result.non2xx,
  p50: result.latency.p50,
  p99: result.latency.p99,
  requestsPerSecond: Math.round(result.requests.average),
  seconds,
})

/**
 * Like `loadRun`, each request of every connection drawn by `next` (the long tail: a different item each time,
 * so that a cache sees mostly misses), through autocannon's `setupRequest`.
 */
export const loadRunDrawn = async (
  url: string,
  next: () => GraphqlRequest,
  connections: number,
  seconds: number,
): Promise<LoadResult> => {
  const first = next()
  const asSent = (request: GraphqlRequest) => {
    const init = initOf(request)
    return { ...init, headers: { 'accept-encoding': 'gzip, deflate, br', ...init.headers }, path: pathOf(request) }
  }
  const result = await autocannon({
    connections,
    duration: seconds,
    requests: [{ ...asSent(first), setupRequest: (request: object) => ({ ...request, ...asSent(next()) }) }],
    url,
  })
  return resultOf(result, connections, seconds)
}

type Answer = { data?: unknown; errors?: { message: string }[] }

/** Sends a GraphQL request and returns the answer's text; anything but a clean 200 is an error. */
export const askGraphql = async (url: string, request: GraphqlRequest): Promise<string> => {
  const response = await fetch(`${url}${pathOf(request)}`, initOf(request))
  const text = await response.text()
  const answer = JSON.parse(text) as Answer
  if (!response.ok || answer.errors)
    throw new Error(`${response.status} ${answer.errors?.[0]?.message ?? text.slice(0, 200)}`)
  return text
}

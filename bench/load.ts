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

export type GraphqlRequest = { headers?: Record<string, string>; query: string; variables?: Record<string, unknown> }

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
    method: 'POST',
    requests: requests.map((request) => ({
      body: JSON.stringify({ query: request.query, variables: request.variables }),
      headers: { 'accept-encoding': 'gzip, deflate, br', 'content-type': 'application/json', ...request.headers },
      method: 'POST' as const,
    })),
    url: `${url}/api/graphql`,
  })
  return {
    connections,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requestsPerSecond: Math.round(result.requests.average),
    seconds,
  }
}

type Answer = { data?: unknown; errors?: { message: string }[] }

/** Posts a GraphQL request and returns the answer's text; anything but a clean 200 is an error. */
export const askGraphql = async (url: string, { headers, query, variables }: GraphqlRequest): Promise<string> => {
  const response = await fetch(`${url}/api/graphql`, {
    body: JSON.stringify({ query, variables }),
    headers: { 'content-type': 'application/json', ...headers },
    method: 'POST',
  })
  const text = await response.text()
  const answer = JSON.parse(text) as Answer
  if (!response.ok || answer.errors)
    throw new Error(`${response.status} ${answer.errors?.[0]?.message ?? text.slice(0, 200)}`)
  return text
}

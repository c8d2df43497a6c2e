import autocannon from 'autocannon'

export type LoadResult = { connections: number; errors: number; non2xx: number; p50: number; p99: number; requestsPerSecond: number; seconds: number }

export type GraphqlRequest = { headers?: Record<string, string>; query: string; variables?: Record<string, unknown> }

/** Drives `url` with autocannon: `connections` clients sending the same GraphQL POST for `seconds`. */
export const loadRun = async (url: string, request: GraphqlRequest, connections: number, seconds: number): Promise<LoadResult> => {
  const result = await autocannon({
    body: JSON.stringify({ query: request.query, variables: request.variables }),
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...request.headers },
    method: 'POST',
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

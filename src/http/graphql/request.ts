import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

/** What a GraphQL request asks, read once per request and shared by the middleware before Payload's handler. */
export type GraphqlParams = {
  extensions?: { persistedQuery?: { sha256Hash?: string; version?: number } }
  operationName?: string
  query?: string
  variables?: unknown
}

type Locals = { graphqlParams?: GraphqlParams | null }

const fromQueryString = (req: ExpressRequest): GraphqlParams | null => {
  const { extensions, operationName, query, variables } = req.query as Record<string, string | undefined>
  try {
    return {
      extensions: extensions ? JSON.parse(extensions) : undefined,
      operationName,
      query,
      variables: variables ? JSON.parse(variables) : undefined,
    }
  } catch {
    return null // malformed JSON in a parameter: Payload's handler says so
  }
}

/** The parsed request: POST bodies are parsed by src/limits/graphqlBody.ts, GET parameters here, both once. */
export const graphqlParamsOf = (req: ExpressRequest, res: ExpressResponse): GraphqlParams | undefined => {
  const locals = res.locals as Locals
  if (locals.graphqlParams === undefined && req.method === 'GET') locals.graphqlParams = fromQueryString(req)
  return locals.graphqlParams ?? undefined
}

export const rememberGraphqlParams = (res: ExpressResponse, params: GraphqlParams) => {
  ;(res.locals as Locals).graphqlParams = params
}

/** Puts a query text into the request, as if the client had sent it (persisted queries). */
export const setGraphqlQuery = (req: ExpressRequest, res: ExpressResponse, query: string) => {
  const params = { ...graphqlParamsOf(req, res), query }
  rememberGraphqlParams(res, params)
  if (req.method === 'GET') {
    const url = new URL(req.originalUrl, 'http://localhost')
    url.searchParams.set('query', query)
    req.url = req.originalUrl = `${url.pathname}${url.search}`
  } else {
    req.body = Buffer.from(JSON.stringify(params))
  }
}

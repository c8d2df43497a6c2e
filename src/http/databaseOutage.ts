import type { AfterErrorHook } from 'payload'

import { inLanguage, type Message } from '../base/errors/fieldError'
import { languageOf } from '../base/language'
import { databaseUnavailableCause } from '../db/databaseErrors'

/** Clients may try again after this many seconds (a restart or failover of the database usually takes longer). */
export const DATABASE_RETRY_AFTER_S = 10

/** Marks a GraphQL error as a database outage, so the HTTP layer answers 503 (graphql-http itself says 200). */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE'

/** What a client is told while the database is away (503), in both languages. */
export const databaseUnavailableMessage = (cause: string): Message => ({
  en: `The database is unavailable (${cause}); nothing was changed. Try again in a moment.`,
  vi: `Cơ sở dữ liệu tạm thời không truy cập được (${cause}); chưa có gì được lưu. Vui lòng thử lại sau giây lát.`,
})

/**
 * A request that failed because the database cannot be reached is answered 503 with `Retry-After` and a message
 * saying so, in the request's language, instead of 500 "Something went wrong." (a write) or 200 carrying an
 * error (a GraphQL read). Anything else is left to Payload's own error handling.
 */
export const answerDatabaseOutage: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const cause =
    databaseUnavailableCause(error) ?? databaseUnavailableCause((error as { originalError?: unknown }).originalError)
  if (!cause) return
  const message = inLanguage(req, databaseUnavailableMessage(cause))
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        extensions: { ...graphqlResult.extensions, code: DATABASE_UNAVAILABLE, statusCode: 503 },
        message,
      },
    }
  }
  const headers = new Headers(req.responseHeaders)
  headers.set('retry-after', String(DATABASE_RETRY_AFTER_S))
  req.responseHeaders = headers
  return { response: { errors: [{ message }] }, status: 503 }
}

const outageResponse = (request: Request, cause: string, body?: string, headers?: Headers) => {
  const message = databaseUnavailableMessage(cause)[languageOf(request.headers.get('accept-language') ?? undefined)]
  const answer = new Headers(headers)
  answer.set('retry-after', String(DATABASE_RETRY_AFTER_S))
  answer.set('content-type', 'application/json; charset=utf-8')
  answer.delete('content-length')
  return new Response(body ?? JSON.stringify({ errors: [{ extensions: { code: DATABASE_UNAVAILABLE }, message }] }), {
    headers: answer,
    status: 503,
  })
}

type Options = {
  /** GraphQL answers 200 even for failed resolvers: only there is a 200's body looked into. */
  graphql: boolean
  /** Whether a request carries a session (a token header or cookie). */
  hasCredentials: (request: Request) => boolean
  /** A cheap query; rejects when the database cannot be reached. */
  probe: () => Promise<unknown>
}

/**
 * Makes the HTTP status of Payload's answers tell a database outage:
 * - GraphQL answers 200 even when its resolvers failed; when they failed because the database is unavailable
 *   (marked by `answerDatabaseOutage`), the answer is 503 with `Retry-After`, the body unchanged;
 * - Payload signs a request in by reading its user from the database and treats a failed read as no user, so
 *   during an outage a signed-in write was refused 401/403 ("not allowed"): a refusal of a request carrying a
 *   session is checked against the database (one cheap query), and answered 503 when the database is away.
 */
export const databaseOutageStatus =
  (handler: (request: Request) => Promise<Response>, { graphql, hasCredentials, probe }: Options) =>
  async (request: Request): Promise<Response> => {
    const response = await handler(request)
    const refused = response.status === 401 || response.status === 403
    const credentialed = hasCredentials(request)
    // Only a GraphQL 200 or a refusal of a signed-in request can hide an outage; anything else streams through.
    if (
      (graphql ? response.status !== 200 && !refused : !(refused && credentialed)) ||
      !response.headers.get('content-type')?.includes('json')
    ) {
      return response
    }
    const text = await response.text()
    if (text.includes(DATABASE_UNAVAILABLE)) return outageResponse(request, '', text, response.headers)
    const graphqlRefusal = graphql && response.status === 200 && /"statusCode":40[13]/.test(text)
    if (credentialed && (refused || graphqlRefusal)) {
      const cause = await probe().then(
        () => undefined,
        (error: unknown) => databaseUnavailableCause(error) ?? 'no answer',
      )
      if (cause) return outageResponse(request, cause)
    }
    return new Response(text, { headers: response.headers, status: response.status })
  }

import { configToSchema } from '@payloadcms/graphql'
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  type PayloadRequest,
  type SanitizedConfig,
  unlinkClientUploadTempFile,
} from 'payload'

import { inLanguage } from '../base/errors/fieldError'
import { graphqlMessageInVietnamese } from '../base/errors/graphqlMessages'
import { memoByText } from '../base/memoByText'

/**
 * Payload's GraphQL endpoint (`GRAPHQL_POST` of @payloadcms/next 3.90.2, routes/graphql/handler.js), with one
 * change: a document is parsed and checked against graphql-js's own rules once per query text instead of at
 * every request, as Apollo Server and GraphQL Yoga do (their document and validation caches).
 *
 * Why: a portal's frontend sends the same few queries again and again with different variables, and validating
 * one against Payload's schema (4,879 types) took 1.3–1.8 ms of CPU per request on this machine, more than
 * Payload's own find for a news page: graphql-js's KnownTypeNamesRule lists every type of the schema at each
 * validation (graphql 16: `[...Object.keys(schema.getTypeMap())]`). graphql-js's `specifiedRules` are pure
 * functions of the schema and the document, so their verdict is kept per parsed document; the other rules (Payload's
 * query complexity, which reads the variables; ours, which answer in the request's language) run every time.
 *
 * Copied rather than wrapped because Payload's handler gives graphql-http no `parse` or `validate` of its own.
 * graphqlPost.test.ts compares the copied file with the version it came from and fails on any upgrade, naming
 * what to compare.
 */

/** The parsed documents of the texts that come again and again (bounded; long texts are parsed each time). */
const parseOnce = memoByText((query: string) => parse(query))

const SPECIFIED = new Set<ValidationRule>(specifiedRules)

/** graphql-js's own rules' verdict per schema and document: the same document object for the same query text. */
const verdicts = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, readonly GraphQLError[]>>()

/**
 * graphql-http's `validate`: the other rules run now, then the specified rules' verdict from the cache (worked out
 * once per document). Errors keep their order within each group.
 */
export const validateOnce = (
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: readonly ValidationRule[] = specifiedRules,
): GraphQLError[] => {
  let bySchema = verdicts.get(schema)
  if (!bySchema) verdicts.set(schema, (bySchema = new WeakMap()))
  let known = bySchema.get(document)
  if (!known) {
    known = validate(schema, document, specifiedRules)
    bySchema.set(document, known)
  }
  const others = rules.filter((rule) => !SPECIFIED.has(rule))
  // The other rules' errors first: our limits (depth, aliases) are what a client must hear of first, as when one
  // pass ran every rule (they report on the operation, before any field's error).
  return [...(others.length > 0 ? validate(schema, document, others) : []), ...known]
}

type Schema = ReturnType<typeof configToSchema>
const schemas = new WeakMap<SanitizedConfig, Schema>()
/** The config's GraphQL schema, built once per config (Payload keeps its own in `global._payload_graphql`). */
const schemaOf = (config: SanitizedConfig): Schema => {
  let built = schemas.get(config)
  if (!built) schemas.set(config, (built = configToSchema(config)))
  return built
}

/** As Payload's handler: logs the error, hides an internal error's message unless `debug`, runs `afterError`. */
const handleError = async ({
  err,
  payload,
  req,
}: {
  err: GraphQLError
  payload: PayloadRequest['payload']
  req: PayloadRequest
}) => {
  const original = err.originalError as { data?: unknown; name?: string; status?: number } | undefined
  const status = original?.status || 500
  let errorMessage = err.message
  logError({ err, payload })
  // Internal server errors can contain anything, including potentially sensitive data (Payload's comment).
  if (!payload.config.debug && status === 500) errorMessage = 'Something went wrong.'
  let response: Record<string, unknown> = {
    extensions: {
      name: original?.name || undefined,
      data: original?.data || undefined,
      stack: payload.config.debug ? err.stack : undefined,
      statusCode: status,
    },
    locations: err.locations,
    message: errorMessage,
    path: err.path,
  }
  for (const hook of payload.config.hooks.afterError ?? []) {
    const result = await hook({
      context: req.context,
      error: err as never,
      graphqlResult: response as never,
      req,
    } as never)
    if (result) response = (result.graphqlResult as unknown as Record<string, unknown>) || response
  }
  return response
}

/**
 * An error as the client reads it, in the request's language: graphql-js and graphql-http word theirs (a syntax
 * error, an unknown field, a variable of the wrong type) in English only. Payload's own messages are already in
 * the request's language (afterError, src/http/errorLanguage.ts) and pass unchanged.
 */
const inRequestLanguage = (req: PayloadRequest, error: unknown): unknown => {
  const json =
    error instanceof GraphQLError ? error.toJSON() : error instanceof Error ? { message: error.message } : error
  const message = (json as { message?: unknown } | null)?.message
  if (typeof message !== 'string') return json
  return { ...(json as object), message: inLanguage(req, { en: message, vi: graphqlMessageInVietnamese(message) }) }
}

/** Payload's `GRAPHQL_POST(config)` with parsing and graphql-js's validation kept per query text. */
export const graphqlPost =
  (config: Promise<SanitizedConfig>) =>
  async (request: Request): Promise<Response> => {
    const originalRequest = request.clone()
    const req = await createPayloadRequest({ canSetHeaders: true, config, request })
    const { payload } = req
    if (payload.config.graphQL?.disable) return new Response(null, { status: 404 })
    try {
      await addDataAndFileToRequest(req)
      addLocalesToRequestFromData(req)
      const { schema, validationRules } = schemaOf(await config)
      const headers: Record<string, string> = {}
      const apiResponse = await createHandler({
        context: { headers, req } as never,
        onOperation: async (request, args, result) => {
          const response =
            typeof payload.extensions === 'function'
              ? await payload.extensions({ args, req: request, result } as never)
              : result
          if ((response as { errors?: unknown }).errors) {
            const errors = await Promise.all(
              (result.errors ?? []).map((error) => handleError({ err: error, payload, req })),
            )
            return { ...(response as object), errors } as never
          }
          return response as never
        },
        formatError: (error) => inRequestLanguage(req, error) as never,
        parse: (query) => (typeof query === 'string' ? parseOnce(query) : parse(query)),
        schema,
        validate: validateOnce,
        validationRules: (_, args, defaultRules) => defaultRules.concat(validationRules(args as never)),
      })(originalRequest)
      const resHeaders = headersWithCors({ headers: new Headers(apiResponse.headers), req })
      for (const key in headers) resHeaders.append(key, headers[key]!)
      return new Response(apiResponse.body, {
        headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, resHeaders) : resHeaders,
        status: apiResponse.status,
      })
    } finally {
      // GraphQL parses the body itself, and an operation that writes no document never reaches the operation's
      // own clean-up (Payload's comment).
      await unlinkClientUploadTempFile({ req })
    }
  }

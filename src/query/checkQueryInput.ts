import type { CollectionBeforeOperationHook } from 'payload'

import { inLanguage, validationError } from '../base/errors/fieldError'
import { idParameterProblem, whereProblem, type WhereProblem } from './whereProblems'

const WITH_WHERE = new Set(['read', 'count', 'update', 'delete'])
const WITH_ID = new Set(['read', 'updateByID', 'deleteByID'])

const refuse = (req: Parameters<CollectionBeforeOperationHook>[0]['req'], collection: string, found: WhereProblem) =>
  validationError(req, [{ message: inLanguage(req, found.message), path: found.path }], collection)

/**
 * Malformed query input never reaches the database: a `where` (REST query string or GraphQL argument) and an id
 * are checked against the collection before the operation runs, and refused with 400 naming the parameter
 * (src/query/whereProblems.ts). Drizzle and the databases otherwise answered them with 500.
 */
export const checkQueryInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const context = {
    idType: req.payload.db.defaultIDType,
    locales: req.payload.config.localization ? req.payload.config.localization.localeCodes : [],
    versions: Boolean(collection.versions),
  }
  const { id, where } = args as { id?: unknown; where?: unknown }
  if (WITH_ID.has(operation) && id !== undefined) {
    // Payload's REST handlers turn a word in the address into NaN on SQL; the refusal shows what was sent.
    const sent = Number.isNaN(id) ? (req.routeParams as { id?: unknown } | undefined)?.id : undefined
    const found = idParameterProblem(sent ?? id, context)
    if (found) throw refuse(req, collection.slug, found)
  }
  if (WITH_WHERE.has(operation) && where !== undefined) {
    const found = whereProblem(where, collection.flattenedFields, context)
    if (found) throw refuse(req, collection.slug, found)
  }
  return args
}

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionAfterForgotPasswordHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  CollectionAfterOperationHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { type Id, idOf } from '../base/ids'
import { documentTitle } from '../publishing/documentTitle'
import type { AuditAction } from './actions'
import { recordAudit } from './record'
import { changedFields, type FieldChange } from './rules/changes'

type Doc = Record<string, unknown> & { id: Id }

/** The unit an item belongs to, for the log and for who may read the entry: a unit is its own; a person's, their first. */
export const unitOf = (collection: string, doc: Doc): Id | undefined => {
  if (collection === 'units') return doc.id
  if (collection === 'users') return idOf((doc.assignments as Array<{ unit?: unknown }> | undefined)?.[0]?.unit)
  return idOf(doc.unit)
}

const ROLE_FIELDS = new Set(['assignments', 'isSuperAdmin'])

/**
 * What a save was: publishing (the item became published), unpublishing (a published item went back to draft
 * in the collection itself, not a draft saved on top of it), a change of someone's roles, or a plain edit.
 */
const actionOf = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  { doc, operation, previous }: { doc: Doc; operation: 'create' | 'update'; previous?: Doc },
  changes: FieldChange[],
): Promise<AuditAction> => {
  if (collection.versions?.drafts) {
    if (doc._status === 'published' && previous?._status !== 'published') return 'publish'
    if (doc._status === 'draft' && previous?._status === 'published') {
      const stored = await req.payload.db.findOne<Doc>({
        collection: collection.slug,
        req,
        where: { id: { equals: doc.id } },
      })
      if (stored?._status === 'draft') return 'unpublish'
    }
  }
  if (collection.slug === 'users' && changes.some((change) => ROLE_FIELDS.has(change.field))) return 'roles-changed'
  return operation
}

/**
 * Records what a person created, changed, published or unpublished, with the fields that changed. Saves made
 * by the system itself (no one signed in: seeding, migrations), the rows of an import (which logs one entry of
 * its own) and saves that changed nothing are not recorded.
 */
export const auditChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (!req.user || req.context.importing) return doc
  const previous = operation === 'create' ? undefined : (previousDoc as Doc)
  const changes = changedFields(previous, doc)
  const action = await actionOf(req, collection, { doc, operation, previous }, changes)
  if (action === 'update' && changes.length === 0) return doc
  await recordAudit(req, {
    action,
    changes,
    collection: collection.slug,
    document: doc.id,
    title: documentTitle(collection, doc),
    unit: unitOf(collection.slug, doc),
  })
  return doc
}

/** Records what a person deleted. */
export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  if (!req.user) return doc
  await recordAudit(req, {
    action: 'delete',
    collection: collection.slug,
    document: id,
    title: documentTitle(collection, doc),
    unit: unitOf(collection.slug, doc),
  })
  return doc
}

const personEvent = (req: PayloadRequest, action: AuditAction, person: { email?: unknown; id?: unknown }) =>
  recordAudit(req, {
    action,
    actor: person,
    collection: 'users',
    document: idOf(person.id),
    title: typeof person.email === 'string' ? person.email : undefined,
  })

export const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await personEvent(req, 'login', user)
  return user
}

export const auditLogout: CollectionAfterLogoutHook = async ({ req }) => {
  if (req.user) await personEvent(req, 'logout', req.user)
}

/** A reset asked for an address (which may belong to no one: the log keeps the address tried). */
export const auditForgotPassword: CollectionAfterForgotPasswordHook = async ({ args, context }) => {
  const req = (args as { req?: PayloadRequest }).req
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (req) await personEvent(req, 'password-reset-requested', { email })
  return context
}

/** A password set through a reset link: the person is the one the link was for. */
export const auditPasswordReset: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const user = (result as { user?: Doc } | undefined)?.user
  if (user) await personEvent(req, 'password-reset', user)
  return result
}

const FAILED_SIGN_IN = new Set(['AuthenticationError', 'LockedAuth', 'UnverifiedEmail'])

/** A refused sign-in, with the address that was tried; never in the way of the answer. */
export const auditFailedLogin: CollectionAfterErrorHook = async ({ error, req }) => {
  if (!FAILED_SIGN_IN.has(error.name)) return
  const email = (req.data as { email?: unknown } | undefined)?.email
  await personEvent(req, 'login-failed', { email }).catch((failure) =>
    req.payload.logger.error({ err: failure, msg: 'Could not record a failed sign-in in the audit log' }),
  )
}

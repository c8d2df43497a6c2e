import type { CollectionConfig, Plugin } from 'payload'

import {
  auditChange,
  auditDelete,
  auditFailedLogin,
  auditForgotPassword,
  auditLogin,
  auditLogout,
  auditPasswordReset,
} from '../audit/hooks'
import { isAudited } from '../declaration'
import { eachCollection, withHooks } from './edit'

const withAudit = (collection: CollectionConfig): CollectionConfig => {
  if (!isAudited(collection)) return collection
  const audited = withHooks(collection, { last: { afterChange: [auditChange], afterDelete: [auditDelete] } })
  if (!collection.auth) return audited
  return withHooks(audited, {
    last: {
      afterError: [auditFailedLogin],
      afterForgotPassword: [auditForgotPassword],
      afterLogin: [auditLogin],
      afterLogout: [auditLogout],
      afterOperation: [auditPasswordReset],
    },
  })
}

/**
 * The audit log (src/audit): every audited collection's creates, changes, publications and deletions by people,
 * and the sign-ins, sign-outs, failed sign-ins and password resets of the people collection. Its hooks run last,
 * after the change's own, so the entry is appended (in the change's transaction) when everything else is done.
 */
export const audit = (): Plugin => eachCollection(withAudit)

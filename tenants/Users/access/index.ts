import type { Access, Where } from 'payload'

import { isSuperAdmin } from '../../users'
import { unitScope } from '../../scope'

const self = (id: unknown): Where => ({ id: { equals: id } })

/**
 * Users someone may manage: super-admins everyone; unit admins the people assigned in their units, never a
 * super-admin; everyone themselves (their own profile and password).
 */
const managedUsers: Access = async ({ req }) => {
  if (!req.user) return false
  if (isSuperAdmin(req.user)) return true
  const scope = await unitScope(req, 'manage')
  if (scope === 'all' || scope.length === 0) return self(req.user.id)
  return {
    or: [self(req.user.id), { and: [{ 'assignments.unit': { in: scope } }, { isSuperAdmin: { not_equals: true } }] }],
  }
}

/**
 * Whom someone may see: the people they manage, and their colleagues (anyone assigned in a unit they work in),
 * so that the panel can say who holds a document lock or wrote a version instead of "Người dùng: 3".
 */
export const readUsers: Access = async (args) => {
  const managed = await managedUsers(args)
  if (managed === true || managed === false || !args.req.user) return managed
  const scope = await unitScope(args.req, 'read')
  if (scope === 'all' || scope.length === 0) return managed
  return { or: [managed, { and: [{ 'assignments.unit': { in: scope } }, { isSuperAdmin: { not_equals: true } }] }] }
}
export const updateUsers = managedUsers

export const createUsers: Access = async ({ req }) => {
  if (!req.user) return false
  const scope = await unitScope(req, 'manage')
  return scope === 'all' || scope.length > 0
}

/** Nobody deletes their own account from here (another administrator does). */
export const deleteUsers: Access = async (args) => {
  const result = await managedUsers(args)
  if (result === false || !args.req.user) return false
  const notSelf: Where = { id: { not_equals: args.req.user.id } }
  return result === true ? notSelf : { and: [result, notSelf] }
}

export { superAdminOnlyField } from '../../access/superAdmin'

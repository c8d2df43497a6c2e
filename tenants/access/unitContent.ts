import type { Access, Where } from 'payload'

import { idOf } from '../../src/base/ids'
import { ancestorIdsOf, scopeIncludes, unitScope, whereInScope } from '../scope'
import { publicReadConstraint, type PublicReadOptions } from './publicRead'

export type UnitContentOptions = PublicReadOptions & {
  /** Staff also read the published items of the units above theirs, so they can cite them (legal documents). */
  citable?: boolean
}

const and = (...parts: Array<boolean | Where>): boolean | Where => {
  if (parts.some((part) => part === false)) return false
  const constraints = parts.filter((part): part is Where => typeof part === 'object')
  return constraints.length === 0 ? true : constraints.length === 1 ? constraints[0]! : { and: constraints }
}

/** Publishing, and taking an item back to draft (unpublishing), need the publish capability. */
const changesPublication = (req: Parameters<Access>[0]['req'], data: Record<string, unknown> | undefined) =>
  data?._status === 'published' || Boolean((req.context as { unpublishing?: boolean }).unpublishing)

/**
 * Access for content that belongs to a unit (field `unit`). Signed-in users act within their unit scope by
 * capability (see tenants/roles.ts); anonymous requests read what `publicReadConstraint` allows.
 */
export const unitContentAccess = (options: UnitContentOptions) => {
  const { citable = false, drafts } = options

  const staffRead = async (req: Parameters<Access>[0]['req']): Promise<boolean | Where> => {
    const scope = await unitScope(req, 'read')
    const own = whereInScope('unit', scope)
    if (!citable || scope === 'all') return own
    const above = await ancestorIdsOf(req, scope)
    if (above.length === 0) return own
    const published: Where = {
      and: [{ unit: { in: above } }, ...(drafts ? [{ _status: { equals: 'published' } }] : [])],
    }
    return own === false ? published : { or: [own as Where, published] }
  }

  const read: Access = async ({ req }) => (req.user ? staffRead(req) : publicReadConstraint(req, options))

  const readVersions: Access = async ({ req }) =>
    req.user ? whereInScope('version.unit', await unitScope(req, 'read')) : false

  const create: Access = async ({ data, req }) => {
    if (!req.user) return false
    const write = await unitScope(req, 'write')
    if (data?.unit === undefined) return write === 'all' || write.length > 0
    if (!scopeIncludes(write, data.unit)) return false
    return !changesPublication(req, data) || scopeIncludes(await unitScope(req, 'publish'), data.unit)
  }

  /**
   * Expressed as constraints on the stored item, so it holds for update-by-id and update-many alike. Moving
   * an item to another unit needs the manage capability in both units.
   */
  const update: Access = async ({ data, req }) => {
    if (!req.user) return false
    const write = whereInScope('unit', await unitScope(req, 'write'))
    const publish = changesPublication(req, data) ? whereInScope('unit', await unitScope(req, 'publish')) : true
    const target = idOf(data?.unit)
    if (target === undefined) return and(write, publish)
    const manage = await unitScope(req, 'manage')
    const stays: Where = { unit: { equals: target } }
    const move = scopeIncludes(manage, target) ? { or: [stays, whereInScope('unit', manage) as Where] } : stays
    return and(write, publish, manage === 'all' ? true : move)
  }

  const remove: Access = async ({ req }) => (req.user ? whereInScope('unit', await unitScope(req, 'delete')) : false)

  return { create, delete: remove, read, readVersions, update }
}

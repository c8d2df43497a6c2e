import type { PayloadRequest, Where } from 'payload'

import type { Id } from '../base/ids'
import { unitScopedOf } from '../declaration'
import { findUnitByAddress, ignoringPortal, portalNameOf } from '../../tenants/portalUnit'
import { findUnits } from '../../tenants/unitQueries'

type UnitRecord = { code: string; id: Id; slug?: string | null; status: string; successor?: unknown }

export type ResolvedAddress = {
  /** The unit the address named, as it is now (maybe merged or dissolved). */
  named: UnitRecord
  /** Where the address leads now: the named unit, or the active unit that took it over. */
  unit: UnitRecord
  /** The address is an old one (a former slug or domain, or a unit that ended): redirect permanently. */
  redirect: boolean
  /** The item the old address named, with its address now; null when it named none or none is readable. */
  item: { collection: string; id: Id; slug: string } | null
}

export class AddressProblem extends Error {
  constructor(
    readonly field: 'collection' | 'unit',
    readonly problem: { en: string; vi: string },
  ) {
    super(problem.en)
  }
}

const SELECT = { code: true, slug: true, status: true, successor: true } as const
const successorOf = (unit: UnitRecord) =>
  unit.successor && typeof unit.successor === 'object' ? (unit.successor as { id: Id }).id : (unit.successor as Id)

/** Collections whose items a portal addresses by slug (public, unit-scoped, with a `slug`). */
export const sluggedCollection = (req: PayloadRequest, slug: string): boolean => {
  const collection = req.payload.collections[slug as 'news']?.config
  return Boolean(
    collection &&
    unitScopedOf(collection)?.public &&
    collection.flattenedFields.some((field) => field.name === 'formerSlug'),
  )
}

/**
 * Where an address leads after reorganisations: the unit it names (by slug, code or domain, former ones
 * included; by the request's host or `X-Portal-Unit` when none is given), followed through its successors to the
 * active unit; and, given a collection and an item slug, that item's address now (a slug the successor already
 * used was changed on the move, the old one kept as `formerSlug`). Anonymous callers find published items only.
 */
export const resolveAddress = async (
  req: PayloadRequest,
  given: { collection?: string; slug?: string; unit?: string },
): Promise<ResolvedAddress | null> => {
  if (given.collection !== undefined && !sluggedCollection(req, given.collection))
    throw new AddressProblem('collection', {
      en: `"${given.collection.slice(0, 40)}" is not a collection whose items have addresses (news, news-categories).`,
      vi: `"${given.collection.slice(0, 40)}" không phải loại nội dung có địa chỉ theo định danh (news, news-categories).`,
    })
  const name = given.unit?.trim()
    ? given.unit.includes('.')
      ? { domain: given.unit.trim().toLowerCase() }
      : { slugOrCode: given.unit.trim() }
    : portalNameOf((header) => req.headers?.get(header))
  if (!name) return null
  const found = await findUnitByAddress<UnitRecord>(req, name, SELECT)
  if (!found) return null
  let unit = found.unit
  // A chain of mergers (a commune merged in 2025, its successor in a later one) ends at an active unit.
  for (let hops = 0; unit.status !== 'active' && successorOf(unit) !== undefined && hops < 20; hops += 1) {
    const [next] = await findUnits<UnitRecord>(req, { id: { equals: successorOf(unit) } }, SELECT, 1)
    if (!next) break
    unit = next
  }
  const redirect = found.former || String(unit.id) !== String(found.unit.id)
  let item: ResolvedAddress['item'] = null
  if (given.collection && given.slug) {
    const slugIs: Where = { or: [{ slug: { equals: given.slug } }, { formerSlug: { equals: given.slug } }] }
    const where: Where =
      String(unit.id) === String(found.unit.id)
        ? { and: [{ unit: { equals: unit.id } }, { slug: { equals: given.slug } }] }
        : { and: [{ unit: { equals: unit.id } }, { originUnit: { equals: found.unit.id } }, slugIs] }
    const { docs } = await req.payload.find({
      collection: given.collection as 'news',
      depth: 0,
      limit: 1,
      overrideAccess: false,
      pagination: false,
      // The request's host may be the old unit's portal; the item is read as the successor's.
      req: ignoringPortal(req),
      select: { slug: true },
      where,
    })
    const doc = docs[0] as { id: Id; slug?: string | null } | undefined
    if (doc?.slug) item = { collection: given.collection, id: doc.id, slug: doc.slug }
  }
  return { item, named: found.unit, redirect, unit }
}

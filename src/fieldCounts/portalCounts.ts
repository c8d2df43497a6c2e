import type { CollectionSlug, PayloadRequest, TypedLocale } from 'payload'

import { readTags } from '../cache/rules/dependencies'
import { isTracking, recordTags } from '../cache/tracking'
import { localesOf } from '../base/locale'
import { unitScopedOf } from '../declaration'
import { portalUnitOf } from '../../tenants/portalUnit'
import { publicSources } from '../../tenants/rules/publicRead'
import { type FieldCount, sumTallies } from './rules/tally'
import { readTallies } from './store'

/**
 * A portal visitor's counts of a collection's published items per value of its `countedBy` field, from the
 * stored counts: a few rows instead of every item (a commune's procedures: its own and the province's 1,000).
 * Undefined where the stored counts do not answer and the items must be read: for signed-in people (who count
 * with their own rights), reads naming no portal, every locale at once, or counts not yet worked out.
 */
export const portalFieldCounts = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  locale: TypedLocale | 'all' | undefined,
): Promise<FieldCount[] | undefined> => {
  const inherit = unitScopedOf(req.payload.collections[collection].config)?.inherit
  if (req.user || !inherit || locale === 'all') return undefined
  const portal = await portalUnitOf(req)
  if (portal === undefined) return undefined
  // What a read of the items would depend on, so a cached answer is invalidated by the same changes.
  if (isTracking()) recordTags(...readTags(collection, portal ?? undefined, inherit))
  const sources = publicSources(portal, inherit, [])
  if (sources.length === 0) return []
  const tallies = await readTallies(req, collection, sources)
  return tallies && sumTallies(tallies, locale ?? req.locale ?? localesOf(req.payload).fallback)
}

import type { CollectionConfig } from 'payload'

import { scheduleEndpoints } from '../src/publishing/scheduleEndpoints'
import type { Inheritance } from './access/publicRead'
import { unitContentAccess } from './access/unitContent'
import { markUnpublishing } from './hooks/markUnpublishing'
import { requireUnitForAnonymousReads } from './hooks/requireUnitForAnonymousReads'

type Hooks = NonNullable<CollectionConfig['hooks']>

type Options = {
  /** Staff may read (and so cite) the published items of the units above theirs. */
  citable?: boolean
  drafts: boolean
  /** The collection's own hooks, run after the shared ones of the same kind. */
  hooks?: Hooks
  /** What a portal shows of its ancestors' items (see tenants/access/publicRead.ts). */
  inherit: Inheritance
}

const mergeHooks = (shared: Hooks, own: Hooks): Hooks => {
  const merged: Record<string, unknown[]> = { ...(shared as Record<string, unknown[]>) }
  for (const [kind, list] of Object.entries(own as Record<string, unknown[]>)) merged[kind] = [...(merged[kind] ?? []), ...list]
  return merged as Hooks
}

/**
 * What every collection of unit content shares: its access rules, the hooks they rely on and, with drafts, the
 * scheduling endpoints. A collection
 * spreads this into its config (and is listed in tenants/plugin.ts, which adds its `unit` field).
 */
export const unitContent = ({ citable, drafts, hooks = {}, inherit }: Options): Pick<CollectionConfig, 'access' | 'endpoints' | 'hooks'> => ({
  access: unitContentAccess({ citable, drafts, inherit }),
  endpoints: drafts ? scheduleEndpoints : [],
  hooks: mergeHooks({ beforeOperation: [...(drafts ? [markUnpublishing] : []), requireUnitForAnonymousReads] }, hooks),
})

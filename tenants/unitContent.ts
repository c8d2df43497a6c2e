import type { CollectionConfig } from 'payload'

import type { Inheritance } from './access/publicRead'
import { unitContentAccess } from './access/unitContent'
import { markUnpublishing } from './hooks/markUnpublishing'
import { requireUnitForAnonymousReads } from './hooks/requireUnitForAnonymousReads'

type Hooks = NonNullable<CollectionConfig['hooks']>

type Options = {
  drafts: boolean
  /** The collection's own hooks, run after the shared ones of the same kind. */
  hooks?: Hooks
  inherit?: Inheritance
}

const mergeHooks = (shared: Hooks, own: Hooks): Hooks => {
  const merged: Record<string, unknown[]> = { ...(shared as Record<string, unknown[]>) }
  for (const [kind, list] of Object.entries(own as Record<string, unknown[]>)) merged[kind] = [...(merged[kind] ?? []), ...list]
  return merged as Hooks
}

/**
 * What every collection of unit content shares: its access rules and the hooks they rely on. A collection
 * spreads this into its config (and is listed in tenants/plugin.ts, which adds its `unit` field).
 */
export const unitContent = ({ drafts, hooks = {}, inherit = 'marked' }: Options): Pick<CollectionConfig, 'access' | 'hooks'> => ({
  access: unitContentAccess({ drafts, inherit }),
  hooks: mergeHooks({ beforeOperation: [...(drafts ? [markUnpublishing] : []), requireUnitForAnonymousReads] }, hooks),
})

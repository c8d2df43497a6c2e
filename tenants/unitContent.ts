import type { CollectionConfig } from 'payload'

import { unitContentAccess } from './access/unitContent'
import { markUnpublishing } from './hooks/markUnpublishing'
import { requireUnitForAnonymousReads } from './hooks/requireUnitForAnonymousReads'

/**
 * What every collection of unit content shares: its access rules and the hooks they rely on. A collection
 * spreads this into its config (and is listed in tenants/plugin.ts, which adds its `unit` field).
 */
export const unitContent = ({ drafts }: { drafts: boolean }): Pick<CollectionConfig, 'access' | 'hooks'> => ({
  access: unitContentAccess({ drafts }),
  hooks: { beforeOperation: [...(drafts ? [markUnpublishing] : []), requireUnitForAnonymousReads] },
})

import type { Plugin } from 'payload'

import { linksToAncestorUnits } from '../../tenants/linksToAncestorUnits'
import { audit } from './audit'
import { cache } from './cache'
import { choices } from './choices'
import { vietnameseDates } from './dates'
import { checkDeclarations } from './declarations'
import { fieldCounts } from './fieldCounts'
import { idempotency } from './idempotency'
import { publishing } from './publishing'
import { queryInput } from './queryInput'
import { review } from './review'
import { search } from './search'
import { tenancy } from './tenancy'
import { text } from './text'
import { uploadsUnder } from './uploads'
import { webhooks } from './webhooks'

/**
 * The feature plugins, in the order they must run (Payload's website template, `plugins/index.ts`, is the model).
 * Each reads the collections' declarations (src/declaration) and adds what they imply. The order matters:
 * - the declarations are checked before anything reads them;
 * - tenancy adds `showOnSubunits` before search adds its keys (the fields keep that order in the schema), and the
 *   multi-tenant plugin's `unit` field before linksToAncestorUnits widens relationships to the units above;
 * - review after publishing, whose draft checks its own fields need not pass through;
 * - publishing, then cache, put their `beforeOperation` hooks first, so the cache sees every read as it arrives;
 * - cache invalidates before webhooks announce, so a portal told of a change never reads the old answer.
 */
export const featurePlugins = ({
  idempotencyTtlMs,
  uploadsDir,
}: {
  idempotencyTtlMs: number
  uploadsDir: string
}): Plugin[] => [
  checkDeclarations(),
  text(),
  choices(),
  tenancy(),
  linksToAncestorUnits(),
  publishing(),
  review(),
  search(),
  fieldCounts(),
  cache(),
  webhooks(),
  uploadsUnder(uploadsDir),
  idempotency({ ttlMs: idempotencyTtlMs }),
  // After the plugins that add hooks to a change, so the log's entry is the change's last step.
  audit(),
  // After every plugin that adds fields, so their dates read the Vietnamese way too.
  vietnameseDates(),
  // Last, so its check runs first of all beforeOperation hooks (each plugin puts its own first).
  queryInput(),
]

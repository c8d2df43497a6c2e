import type { CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'

import { slugify } from '../../../src/base/text/vietnamese'
import { idOf } from '../../../src/base/ids'
import type { UnitLevel } from '../../levels'
import { defaultPortalDomain, domainLabelCandidates, slugCandidates } from '../../naming'

const taken = async (req: PayloadRequest, where: Where) =>
  (await req.payload.count({ collection: 'units', overrideAccess: true, req, where })).totalDocs > 0

const firstFree = async (candidates: string[], isTaken: (candidate: string) => Promise<boolean>) => {
  for (const candidate of candidates) if (!(await isTaken(candidate))) return candidate
  return undefined
}

const provinceOf = async (req: PayloadRequest, ancestors: unknown[]) => {
  const rootId = idOf(ancestors[0])
  return rootId === undefined
    ? undefined
    : req.payload.findByID({ collection: 'units', depth: 0, id: rootId, overrideAccess: true, req })
}

/**
 * A new unit gets a URL-safe slug (unaccented, đ→d) that is unique and then never changes by itself: renaming a
 * unit keeps its slug, so links stay valid. Given no portal domain, it gets the one Decree 224/2026 Art. 11
 * prescribes. Runs after setAncestors, whose ancestry it reads.
 */
export const assignSlugAndDomain: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  // Collection hooks run before Payload checks required fields: without a name or level there is nothing to
  // derive from, and the field checks that follow answer 400 naming what is missing.
  if (operation !== 'create' || typeof data.name !== 'string' || !data.name.trim() || !data.level) return data
  const level = data.level as UnitLevel
  const ancestors: unknown[] = data.ancestors ?? []
  const parentId = idOf(data.parent)
  const parent =
    parentId === undefined
      ? undefined
      : await req.payload.findByID({ collection: 'units', depth: 0, id: parentId, overrideAccess: true, req })

  const slug =
    (data.slug ? slugify(data.slug) : undefined) ??
    (await firstFree(slugCandidates({ code: data.code, level, name: data.name, parentName: parent?.name }), (slug) =>
      taken(req, { slug: { equals: slug } }),
    ))

  let domains = data.domains
  if (!domains?.length && slug) {
    const province = level === 'province' ? undefined : await provinceOf(req, ancestors)
    const provinceLabel = province ? domainLabelCandidates({ ...province, level: 'province', slug: '' })[0] : undefined
    const candidates = domainLabelCandidates({ code: data.code, level, name: data.name, slug }).map((label) =>
      defaultPortalDomain(label, provinceLabel),
    )
    const domain = await firstFree(candidates, (domain) => taken(req, { 'domains.domain': { equals: domain } }))
    domains = domain ? [{ domain }] : []
  }
  return { ...data, domains, slug }
}

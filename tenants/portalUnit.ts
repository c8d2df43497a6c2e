import type { PayloadRequest, Where } from 'payload'

import { type Id, idsOf } from '../src/base/ids'
import type { UnitLevel, UnitStatus } from './levels'
import { oncePerRequest } from './oncePerRequest'
import { findUnits, slugOrCodeWhere } from './unitQueries'
import { unitDirectoryOf } from './unitDirectory'

/** The unit whose portal an anonymous request is for, as far as public reads need to know it. */
export type PortalUnit = { ancestors: Id[]; id: Id; level: UnitLevel; slug: string; status: UnitStatus }

export const PORTAL_UNIT_HEADER = 'x-portal-unit'

export const hostName = (host: string | null): string | undefined =>
  host?.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '') || undefined

const PORTAL_SELECT = { ancestors: true, level: true, slug: true, status: true } as const

/**
 * The unit an address names: by a current domain, slug or code first, else by one it had before a
 * reorganisation renamed it (`formerAddresses`, tenants/Units); `former` says which. The second query runs only
 * for addresses no unit holds now.
 */
export const findUnitByAddress = async <T extends object = Record<string, unknown>>(
  req: PayloadRequest,
  key: { domain: string } | { slugOrCode: string },
  select: Record<string, true> = {},
): Promise<{ former: boolean; unit: T & { id: Id } } | undefined> => {
  const current: Where =
    'domain' in key ? { 'domains.domain': { equals: key.domain } } : slugOrCodeWhere(key.slugOrCode)
  const [now] = await findUnits<T>(req, current, select, 1)
  if (now) return { former: false, unit: now }
  const former: Where =
    'domain' in key
      ? { 'formerAddresses.domain': { equals: key.domain } }
      : { 'formerAddresses.slug': { equals: key.slugOrCode } }
  const [then] = await findUnits<T>(req, former, select, 1)
  return then ? { former: true, unit: then } : undefined
}

const toPortalUnit = (unit: {
  ancestors?: unknown[] | null
  id: Id
  level: UnitLevel
  slug?: string | null
  status: UnitStatus
}): PortalUnit => ({
  ancestors: idsOf(unit.ancestors),
  id: unit.id,
  level: unit.level,
  slug: unit.slug ?? '',
  status: unit.status,
})

/** The portal unit an address names: from the process's unit directory, or the database inside a transaction. */
const findUnit = async (req: PayloadRequest, key: { domain: string } | { slugOrCode: string }) => {
  const directory = await unitDirectoryOf(req)
  // A directory's unit is a PortalUnit already (with its addresses besides).
  if (directory) return directory.find(key)?.unit ?? null
  const found = await findUnitByAddress<Parameters<typeof toPortalUnit>[0]>(req, key, PORTAL_SELECT)
  return found ? toPortalUnit(found.unit) : null
}

/** How a request names its portal: by the `X-Portal-Unit` header (slug or code), else by its host name. */
export type PortalName = { slugOrCode: string } | { domain: string } | undefined

/**
 * The one place that decides which portal a request names, from its headers (any header reader: Web `Headers`,
 * Express' `req.headers`): the answer cache keys answers by it and `portalUnitOf` looks the unit up by it.
 */
export const portalNameOf = (header: (name: string) => string | null | undefined): PortalName => {
  const named = header(PORTAL_UNIT_HEADER)?.trim()
  if (named) return { slugOrCode: named }
  const domain = hostName(header('x-forwarded-host') ?? header('host') ?? null)
  return domain ? { domain } : undefined
}

/** The request's portal as its name (`portalNameOf`) resolves it: one lookup per request. */
const lookUpPortal = oncePerRequest(async (req): Promise<PortalUnit | null | undefined> => {
  const name = portalNameOf((header) => req.headers?.get(header))
  if (!name) return undefined
  if ('slugOrCode' in name) return findUnit(req, name)
  return (await findUnit(req, name)) ?? undefined
})

/**
 * Which portal a request is for: the unit its name (`portalNameOf`) resolves to. `undefined` when the request
 * names no unit; `null` when it names one by header that does not exist (public reads then return nothing); a
 * host name that is no portal's domain counts as naming none. Looked up once per request, in the process's unit
 * directory (tenants/unitDirectory.ts) outside transactions. A context that says which portal to use
 * (`ignoringPortal`) wins.
 */
export const portalUnitOf = (req: PayloadRequest): Promise<PortalUnit | null | undefined> => {
  const context = req.context as { portalUnit?: Promise<PortalUnit | null | undefined> }
  context.portalUnit ??= lookUpPortal(req)
  return context.portalUnit
}

/**
 * The unit a query is about: the one it names (slug or code), else the request's portal. `undefined` when
 * neither names an existing unit.
 */
export const namedOrPortalUnitId = async (req: PayloadRequest, named?: string): Promise<Id | undefined> => {
  if (named) return (await findUnitByAddress(req, { slugOrCode: named }))?.unit.id
  return (await portalUnitOf(req))?.id ?? undefined
}

/**
 * The request as one that names no portal, for a read that names its units itself (a search of a unit and its
 * sub-units, made from a portal's own search box): public reads then cover every active unit's published items,
 * limited by the read's own unit constraint. The request itself is left as it is, so the other fields of the same
 * GraphQL request keep their portal.
 */
export const ignoringPortal = (req: PayloadRequest): PayloadRequest =>
  Object.create(req, {
    context: { enumerable: true, value: { ...req.context, portalUnit: Promise.resolve(undefined) }, writable: true },
  }) as PayloadRequest

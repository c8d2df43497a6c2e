import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'

import { recordAudit } from '../audit/record'
import type { Id } from '../base/ids'
import { UNITS_TAG } from '../cache/rules/tags'
import { invalidateCommitted } from '../cache/invalidate'
import { countedByOf, hasDrafts } from '../declaration'
import { recountUnits } from '../fieldCounts/hooks'
import { moveUnitRows, planOnceInTransaction } from '../internals/sqlAdapter'
import { announceReorganisation } from '../webhooks/queueDeliveries'
import { ROLE_RANK, type Role } from '../../tenants/roles'
import type { Plan, Step } from './rules/plan'
import { movedSlug } from './rules/slugs'
import { movingCollections } from './state'

/** A plan with refusals is not applied, not even in part. */
export class PlanRefused extends Error {
  constructor(readonly plan: Plan) {
    super(`The plan has ${plan.refusals.length} refusal(s); nothing was applied.`)
  }
}

/** A step that failed; the ones before it are applied, this one left nothing behind (its transaction rolled back). */
export class StepFailed extends Error {
  constructor(
    readonly step: Step,
    readonly cause: unknown,
  ) {
    super(`Step ${step.kind} ${step.code} (line ${step.line}) failed: ${(cause as Error)?.message ?? String(cause)}`)
  }
}

export type ApplyReport = { announced: number; applied: Step[]; moved: Record<string, number>; skipped: number }

export type ApplyOptions = {
  /** Who applies it (the admin panel's signed-in super-admin); none from the command line. */
  user?: TypedUser
  onStep?: (done: number, total: number, step: Step) => void
}

/** From the command line no one is signed in: the log's entries say so. */
const COMMAND_LINE = { email: 'dòng lệnh (npm run reorganise)' }

type UnitDoc = {
  domains?: Array<{ domain: string }> | null
  formerAddresses?: Array<{ domain?: string | null; slug?: string | null; until?: string | null }> | null
  id: Id
  slug?: string | null
}

const unitByCode = async (req: PayloadRequest, code: string): Promise<UnitDoc> => {
  const { docs } = await req.payload.find({
    collection: 'units',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: { code: { equals: code } },
  })
  if (!docs[0]) throw new Error(`There is no unit with code ${code}.`)
  return docs[0] as UnitDoc
}

const updateUnit = (req: PayloadRequest, id: Id, data: Record<string, unknown>) =>
  req.payload.update({ collection: 'units', data, depth: 0, id, locale: 'vi', overrideAccess: true, req })

/** The ids and slugs of a unit's items of a collection (slug undefined where it has none). */
const slugsOf = async (req: PayloadRequest, collection: 'news', unit: Id) =>
  (await req.payload.find({
    collection,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { slug: true },
    where: { unit: { equals: unit } },
  })) as { docs: Array<{ id: Id; slug?: string | null }> }

/**
 * Moves every item of `from` to `into`, through the adapter: no hook runs (nothing about an item changes but its
 * unit, so no new version, no review state, no notifications item by item) and each item is one UPDATE. Slugs the
 * successor already uses get the former unit's slug appended, the old one kept as `formerSlug`. Versions move too,
 * so restoring an old version does not send the item back to a unit that ended.
 */
const moveContent = async (req: PayloadRequest, from: UnitDoc, into: UnitDoc): Promise<Record<string, number>> => {
  const { db } = req.payload
  const moved: Record<string, number> = {}
  for (const collection of movingCollections(req.payload)) {
    const slug = collection.slug as 'news'
    // Items stored before the original unit was kept (a database no migration filled) get theirs now.
    await db.updateMany({
      collection: slug,
      data: { originUnit: from.id },
      req,
      returning: false,
      where: { and: [{ unit: { equals: from.id } }, { originUnit: { exists: false } }] },
    })
    const items = await slugsOf(req, slug, from.id)
    if (!items.docs.length) continue
    const renamed = new Map<string, string>()
    if (collection.flattenedFields.some((field) => field.name === 'formerSlug')) {
      const theirs = await slugsOf(req, slug, into.id)
      const taken = new Set(theirs.docs.flatMap((doc) => (doc.slug ? [doc.slug] : [])))
      for (const item of items.docs) {
        if (!item.slug) continue
        const next = movedSlug(item.slug, from.slug ?? String(from.id), taken)
        taken.add(next)
        if (next === item.slug) continue
        renamed.set(String(item.id), next)
        await db.updateOne({
          collection: slug,
          data: { formerSlug: item.slug, slug: next },
          id: item.id,
          req,
          returning: false,
        })
      }
    }
    const drafts = hasDrafts(collection)
    if (drafts && renamed.size) {
      const versions = await db.findVersions({
        collection: slug,
        limit: 0,
        pagination: false,
        req,
        select: { parent: true },
        where: { parent: { in: [...renamed.keys()] } },
      })
      for (const version of versions.docs) {
        await db.updateVersion({
          collection: slug,
          id: version.id,
          req,
          returning: false,
          versionData: { version: { slug: renamed.get(String(version.parent)) } } as never,
        })
      }
    }
    // On SQL one statement per table moves them all; elsewhere (MongoDB) item by item.
    if (!(await moveUnitRows(req, { collection: slug, from: from.id, to: into.id, versions: drafts }))) {
      for (const item of items.docs)
        await db.updateOne({ collection: slug, data: { unit: into.id }, id: item.id, req, returning: false })
      if (drafts) {
        const versions = await db.findVersions({
          collection: slug,
          limit: 0,
          pagination: false,
          req,
          select: { parent: true },
          where: { 'version.unit': { equals: from.id } },
        })
        for (const version of versions.docs)
          await db.updateVersion({
            collection: slug,
            id: version.id,
            req,
            returning: false,
            versionData: { version: { unit: into.id } } as never,
          })
      }
    }
    // Moved without hooks: the counts kept of both units' items are worked out again.
    if (countedByOf(collection)) await recountUnits(req, collection.slug as CollectionSlug, [from.id, into.id])
    moved[collection.slug] = items.docs.length
  }
  return moved
}

/**
 * Roles in a unit that ends: a merger gives the same role in the successor (the higher one where the person
 * already had one there); an abolition removes it (its parent would be more access than before), as the plan said.
 */
const moveAssignments = async (req: PayloadRequest, from: UnitDoc, into: UnitDoc | undefined) => {
  const { docs: users } = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { 'assignments.unit': { equals: from.id } },
  })
  for (const user of users) {
    const byUnit = new Map<string, { includeSubunits: boolean; role: Role; unit: Id }>()
    for (const assignment of user.assignments ?? []) {
      const current = typeof assignment.unit === 'object' ? assignment.unit.id : assignment.unit
      const unit = String(current) === String(from.id) ? into?.id : current
      if (unit === undefined) continue
      const held = byUnit.get(String(unit))
      if (held && ROLE_RANK[held.role] >= ROLE_RANK[assignment.role]) continue
      byUnit.set(String(unit), { includeSubunits: Boolean(assignment.includeSubunits), role: assignment.role, unit })
    }
    await req.payload.update({
      collection: 'users',
      data: { assignments: [...byUnit.values()] as never },
      depth: 0,
      id: user.id,
      overrideAccess: true,
      req,
    })
  }
  return users.length
}

const withFormer = (unit: UnitDoc, entries: Array<{ domain?: string; slug?: string }>) => [
  ...(unit.formerAddresses ?? []).map(({ domain, slug, until }) => ({ domain, slug, until })),
  ...entries.map((entry) => ({ ...entry, until: new Date().toISOString() })),
]

/** One step, in the request's transaction; the ids of the units whose portals it touched. */
const applyStep = async (
  req: PayloadRequest,
  step: Step,
): Promise<{ moved?: Record<string, number>; touched: Id[] }> => {
  switch (step.kind) {
    case 'create': {
      const parent = step.parent ? await unitByCode(req, step.parent) : undefined
      const unit = await req.payload.create({
        collection: 'units',
        data: {
          code: step.code,
          domains: step.domain ? [{ domain: step.domain }] : undefined,
          level: step.level,
          name: step.name,
          parent: parent?.id as number | undefined,
          slug: step.slug,
          status: 'active',
        },
        depth: 0,
        locale: 'vi',
        overrideAccess: true,
        req,
      })
      return { touched: [unit.id, ...(parent ? [parent.id] : [])] }
    }
    case 'rename': {
      const unit = await unitByCode(req, step.code)
      const former: Array<{ domain?: string; slug?: string }> = []
      if (step.slug && step.slug !== unit.slug && unit.slug) former.push({ slug: unit.slug })
      const domains = (unit.domains ?? []).map((entry) => entry.domain)
      if (step.domain) for (const domain of domains) if (domain !== step.domain) former.push({ domain })
      await updateUnit(req, unit.id, {
        ...(step.name ? { name: step.name } : {}),
        ...(step.slug ? { slug: step.slug } : {}),
        ...(step.domain ? { domains: [{ domain: step.domain }] } : {}),
        ...(former.length ? { formerAddresses: withFormer(unit, former) } : {}),
      })
      const touched: Id[] = [unit.id]
      for (const { code, from, to } of step.descendantDomains) {
        const below = await unitByCode(req, code)
        await updateUnit(req, below.id, {
          domains: (below.domains ?? []).map((entry) => ({ domain: entry.domain === from ? to : entry.domain })),
          formerAddresses: withFormer(below, [{ domain: from }]),
        })
        touched.push(below.id)
      }
      return { touched }
    }
    case 'move': {
      const [unit, parent] = [await unitByCode(req, step.code), await unitByCode(req, step.parent)]
      const before = step.from ? await unitByCode(req, step.from) : undefined
      await updateUnit(req, unit.id, { parent: parent.id })
      return { touched: [unit.id, parent.id, ...(before ? [before.id] : [])] }
    }
    case 'merge':
    case 'abolish': {
      const [from, into] = [await unitByCode(req, step.code), await unitByCode(req, step.into)]
      const moved = await moveContent(req, from, into)
      await moveAssignments(req, from, step.kind === 'merge' ? into : undefined)
      await updateUnit(req, from.id, { status: step.kind === 'merge' ? 'merged' : 'dissolved', successor: into.id })
      return { moved, touched: [from.id, into.id] }
    }
  }
}

const describe = (step: Step, moved: Record<string, number> = {}) => {
  switch (step.kind) {
    case 'create':
      return [
        { field: 'code', from: null, to: step.code },
        { field: 'name', from: null, to: step.name },
      ]
    case 'rename':
      return [
        ...(step.name ? [{ field: 'name', from: step.from.name, to: step.name }] : []),
        ...(step.slug ? [{ field: 'slug', from: step.from.slug, to: step.slug }] : []),
        ...(step.domain ? [{ field: 'domains', from: step.from.domains.join(', '), to: step.domain }] : []),
      ]
    case 'move':
      return [{ field: 'parent', from: step.from ?? null, to: step.parent }]
    default:
      return [
        { field: 'status', from: 'active', to: step.kind === 'merge' ? 'merged' : 'dissolved' },
        { field: 'successor', from: null, to: step.into },
        ...Object.entries(moved).map(([collection, count]) => ({ field: collection, from: null, to: count })),
      ]
  }
}

/**
 * Applies a plan's pending steps in its order, each in a transaction of its own with its audit entry: an
 * interrupted run leaves every unit either untouched or fully done, and running the plan again (it is worked out
 * anew from the state) continues with the steps not yet done. Caches are emptied and the touched portals'
 * webhooks told once, at the end.
 */
export const applyPlan = async (payload: Payload, plan: Plan, options: ApplyOptions = {}): Promise<ApplyReport> => {
  if (plan.refusals.length) throw new PlanRefused(plan)
  const pending = plan.steps.filter((step) => !step.done)
  const touched = new Map<string, Id>()
  const report: ApplyReport = { announced: 0, applied: [], moved: {}, skipped: plan.steps.length - pending.length }
  // Units change through their hooks (ancestors, titles, slugs), but caches and webhooks hear of it once, below,
  // and the log gets one entry per step instead of one per write.
  const context = { bulkImport: true, importing: true }
  for (const [index, step] of pending.entries()) {
    const req = await createLocalReq({ context, user: options.user }, payload)
    await initTransaction(req)
    try {
      // A step moves thousands of rows with the same few statements: planned once (src/internals/sqlAdapter.ts).
      await planOnceInTransaction(req)
      const { moved, touched: units } = await applyStep(req, step)
      const unit = (await unitByCode(req, step.code)).id
      await recordAudit(req, {
        action: 'reorganise',
        actor: options.user ? undefined : COMMAND_LINE,
        changes: describe(step, moved),
        collection: 'units',
        document: unit,
        title: `${step.kind} ${step.code}${'into' in step ? ` → ${step.into}` : ''}`,
        unit,
      })
      await commitTransaction(req)
      for (const id of units) touched.set(String(id), id)
      for (const [collection, count] of Object.entries(moved ?? {}))
        report.moved[collection] = (report.moved[collection] ?? 0) + count
    } catch (error) {
      await killTransaction(req)
      throw new StepFailed(step, error)
    }
    report.applied.push(step)
    options.onStep?.(index + 1, pending.length, step)
  }
  if (touched.size) {
    await invalidateCommitted(payload, [UNITS_TAG])
    const req = await createLocalReq({ context, user: options.user }, payload)
    report.announced = await announceReorganisation(req, [...touched.values()])
  }
  return report
}

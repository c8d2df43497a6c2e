import type { CollectionConfig } from 'payload'

/**
 * What a collection is, said once on the collection itself. The feature plugins (src/plugins) read it and add
 * what it implies: the `unit` field, access and scheduling endpoints (tenancy, publishing), search keys,
 * cache tracking and invalidation, webhooks. A collection never lists itself anywhere else.
 */

/**
 * Which items of its ancestors a portal shows: none (contacts, the unit profile), those marked to show on
 * sub-units of its level (content with `showOnSubunits`, added by the tenancy plugin), or all of them (images,
 * files and categories, which inherited content links to). The rule itself: tenants/rules/inheritance.ts.
 */
export type Inheritance = 'none' | 'marked' | 'all'

/**
 * What the portal search looks in: words of `title` fields rank first, `text` fields second. Both are kept
 * folded (no diacritics, đ→d, lower case) in hidden fields `titleKey` and `textKey`, per locale.
 */
export type SearchSpec = {
  /** The date hits are ordered by, newest first. */
  date: string
  /** What a hit shows: its heading, and a second line. */
  heading: string
  subheading?: string
  text: readonly string[]
  title: readonly string[]
}

/** Drafts, a version history of at most `maxVersions` per item, and scheduled publishing. */
export type Drafts = { maxVersions: number }

/** Anonymous portal readers see it: answers are cached and its changes invalidate them. Only public
 * content can be searched or announced to portals by webhooks. */
type Visibility =
  { public: true; search?: SearchSpec; webhooks?: boolean } | { public: false; search?: never; webhooks?: never }

/**
 * Whether the audit log records the changes people make to it (src/plugins/audit.ts): yes unless `audit: false`,
 * for records the system keeps for itself (notifications, idempotency keys, webhook deliveries, the log itself).
 */
type Audited = { audit?: false }

export type UnitScopedOptions = Visibility &
  Audited & {
    /** Who may do what: the unit-content rules by role (default), or the collection's own `access`. */
    access?: 'content' | 'own'
    /** Staff may read (and so cite) the published items of the units above theirs. */
    citable?: boolean
    /**
     * Portals show how many published items they have per value of this (text) field, such as procedures per
     * field ("Hộ tịch: 42"): the counts are kept per unit as items are written (src/fieldCounts), so a home page
     * reads a few rows instead of every item. Public collections only.
     */
    countedBy?: string
    drafts: Drafts | false
    inherit: Inheritance
    /** Exactly one item per unit (the admin panel opens it directly, as a global). */
    onePerUnit?: boolean
  }

/** Every document belongs to one unit (a `unit` field, access by the unit's roles, portal reads). */
export type UnitScoped = UnitScopedOptions & { scope: 'unit' }
/** Not of one unit: the units themselves, people. Access is the collection's own. */
export type SystemWide = Audited & { public: boolean; scope: 'system' }
export type Declaration = UnitScoped | SystemWide

export const unitScoped = (options: UnitScopedOptions): UnitScoped => ({ ...options, scope: 'unit' })
export const systemWide = (options: Audited & { public: boolean }): SystemWide => ({ ...options, scope: 'system' })

/** A collection as its folder writes it: versions come from the declaration's `drafts`, never by hand. */
export type DeclaredConfig = Omit<CollectionConfig, 'versions'>

const KEY = 'declaration'

/** The collection with its declaration attached (on Payload's `custom`, kept in the sanitised config). */
export const declare = (declaration: Declaration, config: DeclaredConfig): CollectionConfig => ({
  ...config,
  custom: { ...config.custom, [KEY]: declaration },
})

/** The declaration of a collection (from a config or a sanitised one), if it has one. */
export const declarationOf = (collection: Pick<CollectionConfig, 'custom'>): Declaration | undefined =>
  collection.custom?.[KEY] as Declaration | undefined

export const unitScopedOf = (collection: Pick<CollectionConfig, 'custom'>): UnitScoped | undefined => {
  const declaration = declarationOf(collection)
  return declaration?.scope === 'unit' ? declaration : undefined
}

export const isPublic = (collection: Pick<CollectionConfig, 'custom'>): boolean =>
  declarationOf(collection)?.public === true

export const hasDrafts = (collection: Pick<CollectionConfig, 'custom'>): boolean =>
  Boolean(unitScopedOf(collection)?.drafts)

export const searchSpecOf = (collection: Pick<CollectionConfig, 'custom'>): SearchSpec | undefined =>
  unitScopedOf(collection)?.search

/** The field a collection's published items are counted by for portals (`countedBy`), if any. */
export const countedByOf = (collection: Pick<CollectionConfig, 'custom'>): string | undefined => {
  const declaration = unitScopedOf(collection)
  return declaration?.public ? declaration.countedBy : undefined
}

/** Whether the audit log records people's changes to this collection. */
export const isAudited = (collection: Pick<CollectionConfig, 'custom'>): boolean => {
  const declaration = declarationOf(collection)
  return declaration !== undefined && declaration.audit !== false
}

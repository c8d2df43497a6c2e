import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { Access, CollectionConfig, Config, Plugin } from 'payload'

import { unitScopedOf } from '../declaration'
import { unitContentAccess } from '../../tenants/access/unitContent'
import { formerSlugField, originUnitField, showOnSubunitsField } from '../../tenants/fields'
import { keepOriginUnit } from '../../tenants/hooks/keepOriginUnit'
import { requireUnitForAnonymousReads } from '../../tenants/hooks/requireUnitForAnonymousReads'
import { unitOfAuthor } from '../../tenants/hooks/unitOfAuthor'
import { isSuperAdmin } from '../../tenants/users'
import { createUsers, deleteUsers, readUsers, updateUsers } from '../../tenants/Users/access'
import { eachCollection, hasField, withFields, withHooks } from './edit'

const USERS_ACCESS: Partial<Record<string, Access>> = {
  create: createUsers,
  delete: deleteUsers,
  read: readUsers,
  update: updateUsers,
}

/** Lists show each item's unit second, for people who work in several units (and super-admins). */
const withUnitColumn = (collection: CollectionConfig): CollectionConfig => {
  const columns = collection.admin?.defaultColumns
  if (!columns || columns.includes('unit')) return collection
  return { ...collection, admin: { ...collection.admin, defaultColumns: [columns[0]!, 'unit', ...columns.slice(1)] } }
}

/**
 * What a unit-scoped declaration implies besides the `unit` field: access by role, portal reads, inheritance,
 * and where an item came from when a reorganisation moved it (its original unit, the slug it had there).
 */
const scopeToUnits = (collection: CollectionConfig): CollectionConfig => {
  const declaration = unitScopedOf(collection)
  if (!declaration) return collection
  const provenance = hasField(collection.fields, 'slug') ? [originUnitField, formerSlugField] : [originUnitField]
  let scoped = withHooks(withFields(withUnitColumn(collection), provenance), {
    first: { beforeChange: [keepOriginUnit], beforeValidate: [unitOfAuthor] },
  })
  if (declaration.access !== 'own') {
    const { citable, drafts, inherit } = declaration
    scoped = withHooks(
      { ...scoped, access: unitContentAccess({ citable, drafts: Boolean(drafts), inherit }) },
      { first: { beforeOperation: [requireUnitForAnonymousReads] } },
    )
  }
  return declaration.inherit === 'marked' ? withFields(scoped, [showOnSubunitsField]) : scoped
}

/**
 * Tenancy for every unit-scoped collection. The official multi-tenant plugin gives the admin panel its unit
 * selector, the `unit` field, and list views filtered by the selected unit. Access is ours (tenants/access,
 * tenants/Users/access): the plugin scopes people to the units listed on them, while we also honour sub-unit
 * assignments, roles and anonymous portal reads (which the plugin does not scope at all).
 */
export const tenancy =
  (): Plugin =>
  (config: Config): Config => {
    const scoped = eachCollection(scopeToUnits)(config)
    const unitCollections = (scoped.collections ?? []).flatMap((collection) => {
      const declaration = unitScopedOf(collection)
      return declaration
        ? [[collection.slug, { isGlobal: Boolean(declaration.onePerUnit), useTenantAccess: false }] as const]
        : []
    })
    return multiTenantPlugin({
      cleanupAfterTenantDelete: false,
      collections: Object.fromEntries(unitCollections),
      i18n: {
        translations: {
          en: { 'nav-tenantSelector-label': 'Unit' },
          vi: {
            'assign-tenant-button-label': 'Chọn đơn vị',
            'assign-tenant-modal-title': 'Chọn đơn vị cho "{{title}}"',
            'field-assignedTenant-label': 'Đơn vị',
            'nav-tenantSelector-label': 'Đơn vị',
          },
        },
      },
      tenantField: { name: 'unit' },
      // The plugin reads a person's units from `memberOf`, which expands sub-unit assignments.
      tenantsArrayField: { arrayFieldName: 'memberOf', arrayTenantFieldName: 'unit', includeDefaultField: false },
      tenantsSlug: 'units',
      userHasAccessToAllTenants: isSuperAdmin,
      // Our users access already scopes people to units, sub-units included; the plugin's narrower result is replaced.
      usersAccessResultOverride: ({ accessKey, accessResult, ...args }) =>
        USERS_ACCESS[accessKey]?.(args) ?? accessResult,
      useTenantsCollectionAccess: false,
    })(scoped)
  }

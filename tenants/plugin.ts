import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { Access, Plugin } from 'payload'

import { createUsers, deleteUsers, readUsers, updateUsers } from '../collections/Users/access'
import { isSuperAdmin } from './users'

/** Collections whose documents belong to one unit (the plugin adds their `unit` field). */
export const UNIT_CONTENT_COLLECTIONS = [
  'unit-profiles',
  'news',
  'news-categories',
  'procedures',
  'legal-documents',
  'contacts',
  'media',
  'files',
  'webhooks',
  'webhook-deliveries',
] as const

/** Collections with exactly one document per unit (the plugin opens it directly, as a global). */
const ONE_PER_UNIT = new Set<string>(['unit-profiles'])

const USERS_ACCESS: Partial<Record<string, Access>> = {
  create: createUsers,
  delete: deleteUsers,
  read: readUsers,
  update: updateUsers,
}

/**
 * The official multi-tenant plugin gives the admin panel its unit selector, the `unit` field on content, and
 * list views filtered by the selected unit. Access is ours (tenants/access, collections/Users/access): the
 * plugin scopes people to the units listed on them, while we also honour sub-unit assignments, roles and
 * anonymous portal reads.
 */
export const tenancyPlugin = (): Plugin =>
  multiTenantPlugin({
    cleanupAfterTenantDelete: false,
    collections: Object.fromEntries(
      UNIT_CONTENT_COLLECTIONS.map((slug) => [slug, { isGlobal: ONE_PER_UNIT.has(slug), useTenantAccess: false }]),
    ),
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
    usersAccessResultOverride: ({ accessKey, accessResult, ...args }) => USERS_ACCESS[accessKey]?.(args) ?? accessResult,
    useTenantsCollectionAccess: false,
  })

import type { Role } from './roles'

export type Assignment = { includeSubunits?: boolean | null; role: Role; unit: unknown }

/** The parts of a user document that tenancy reads. */
export type TenantUser = {
  assignments?: Assignment[] | null
  collection?: string
  id: number | string
  isSuperAdmin?: boolean | null
}

export const isSuperAdmin = (user: unknown): boolean => Boolean((user as TenantUser | null)?.isSuperAdmin)

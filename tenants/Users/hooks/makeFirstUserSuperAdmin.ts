import type { CollectionBeforeChangeHook } from 'payload'

/** The admin panel's create-first-user screen (or the first `npm run user -- create`) makes a super-admin. */
export const makeFirstUserSuperAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, isSuperAdmin: true } : data
}

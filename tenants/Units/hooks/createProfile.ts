import type { CollectionAfterChangeHook } from 'payload'

/** Every new unit starts with an empty profile (a draft) for its editors to fill in. */
export const createProfile: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.create({
    collection: 'unit-profiles',
    data: { _status: 'draft', unit: doc.id },
    draft: true,
    overrideAccess: true,
    req,
  })
  return doc
}

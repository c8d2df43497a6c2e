import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Saving with `_status: 'draft'` outside a draft save (no `draft=true`) takes the published item back to draft:
 * that is unpublishing, which needs the publish capability. Only the operation knows whether it is a draft
 * save, so this marks it for the update access check (tenants/access/unitContent.ts).
 */
export const markUnpublishing: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'updateByID') return args
  const { data, draft } = args as { data?: { _status?: string }; draft?: boolean }
  ;(req.context as { unpublishing?: boolean }).unpublishing = !draft && data?._status === 'draft'
  return args
}

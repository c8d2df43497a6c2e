/**
 * How a document is named to people (notifications, the dashboard): its collection's title field, or `#id` when
 * that is empty (a draft without a title yet).
 */
export const documentTitle = (
  collection: { admin?: { useAsTitle?: string } } | undefined,
  doc: Record<string, unknown>,
): string => String(doc[collection?.admin?.useAsTitle ?? 'id'] || `#${String(doc.id)}`).slice(0, 200)

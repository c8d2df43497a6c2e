import type { CollectionSlug, Field, PayloadRequest, Validate } from 'payload'

export type Problem = { message: string; path: string }

type Context = { collectionSlug: string; data: Record<string, unknown>; id: number | string; req: PayloadRequest }

const check = async (
  fields: readonly Field[],
  sibling: Record<string, unknown>,
  prefix: string,
  context: Context,
): Promise<Problem[]> => {
  const problems: Problem[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inner = 'name' in tab && tab.name ? ((sibling[tab.name] ?? {}) as Record<string, unknown>) : sibling
        const at = 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix
        problems.push(...(await check(tab.fields, inner, at, context)))
      }
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) problems.push(...(await check(field.fields, sibling, prefix, context)))
      continue
    }
    const path = `${prefix}${field.name}`
    const value = sibling[field.name]
    if (field.type === 'group') {
      problems.push(...(await check(field.fields, (value ?? {}) as Record<string, unknown>, `${path}.`, context)))
      continue
    }
    const validate = 'validate' in field ? (field.validate as Validate | undefined) : undefined
    if (validate) {
      const result = await validate(value, {
        ...field,
        collectionSlug: context.collectionSlug,
        data: context.data,
        event: 'submit',
        id: context.id,
        operation: 'update',
        path: path.split('.'),
        preferences: { fields: {} },
        previousValue: value,
        req: context.req,
        siblingData: sibling,
      } as never)
      if (result !== true) problems.push({ message: String(result), path })
    }
    if (field.type === 'array' && Array.isArray(value)) {
      for (const [index, row] of value.entries()) {
        problems.push(...(await check(field.fields, row as Record<string, unknown>, `${path}.${index}.`, context)))
      }
    }
  }
  return problems
}

/**
 * What stands between a draft and its publication: every field rule run on the draft as if it were being
 * published (required fields included). Drafts pass every other rule when saved (draftValidation.ts), so this
 * is, in practice, the required fields still empty. Used to refuse scheduling a publication that would fail.
 */
export const publishProblems = async (
  req: PayloadRequest,
  collectionSlug: string,
  doc: Record<string, unknown> & { id: number | string },
): Promise<Problem[]> => {
  const collection = req.payload.collections[collectionSlug as CollectionSlug]
  if (!collection) return []
  const data = { ...doc, _status: 'published' }
  return check(collection.config.fields, data, '', { collectionSlug, data, id: doc.id, req })
}

import { type Field, type Validate, validations } from 'payload'

/** Nothing typed yet: what a draft may leave for later. */
export const isEmptyValue = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

type ValidateArgs = Parameters<Validate>[1] & { data?: { _status?: unknown } }

const isDraftSave = (options: ValidateArgs) => options.data?._status === 'draft'

const DEFAULT_VALIDATORS = validations as unknown as Record<string, Validate | undefined>

/**
 * A field's checks, with "required" left for publishing: on a draft save an empty field passes, and a check that
 * fails only for being required passes too; every other rule (a link's scheme, a code's shape, a date's order)
 * holds for drafts as it does for published items. Payload either validates drafts fully (`drafts.validate`) or
 * not at all, so an editor was told "saved" for a `javascript:` link only the approver saw refused.
 */
const requiredWaitsForPublishing =
  (validate: Validate): Validate =>
  async (value: unknown, options: ValidateArgs) => {
    const draft = isDraftSave(options)
    if (draft && isEmptyValue(value)) return true
    const result = await validate(value, options)
    if (draft && result !== true && result === options.req?.t?.('validation:required')) return true
    return result
  }

const validatorOf = (field: Field): Validate | undefined =>
  ('validate' in field && (field.validate as Validate | undefined)) || DEFAULT_VALIDATORS[field.type]

/** The collection's fields with requiredWaitsForPublishing around every check, nested fields included. */
export const draftValidation = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: draftValidation(tab.fields) })) }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: draftValidation(block.fields) })),
        validate: requiredWaitsForPublishing(validatorOf(field)!),
      } as Field
    }
    const withChildren =
      'fields' in field && Array.isArray(field.fields) ? { ...field, fields: draftValidation(field.fields) } : field
    if (!('name' in field) || field.type === 'group' || field.type === 'ui' || field.type === 'join') {
      return withChildren as Field
    }
    const validate = validatorOf(field)
    return (validate ? { ...withChildren, validate: requiredWaitsForPublishing(validate) } : withChildren) as Field
  })

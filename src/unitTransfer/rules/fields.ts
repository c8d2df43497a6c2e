/**
 * Documents as data, walked by their fields: a document read with `locale: 'all'` (localized values as
 * `{ vi, en }`) turned into one locale's data to write, and the references it holds (relationship and upload
 * fields, and the uploads, relationships and internal links inside rich text) listed or pointed at other ids.
 * Plain data in, plain data out: the collection's fields are Payload's `flattenedFields` (rows, collapsibles and
 * unnamed tabs already flattened), read as the shape below.
 */

export type Id = number | string

export type FieldShape = {
  blocks?: ReadonlyArray<{ flattenedFields: readonly FieldShape[]; slug: string }>
  flattenedFields?: readonly FieldShape[]
  hasMany?: boolean
  localized?: boolean
  name: string
  relationTo?: string | readonly string[]
  type: string
  virtual?: boolean | string
}

/** One reference a document holds: which collection, which id. */
export type Reference = { id: Id; relationTo: string }

/** A reference's new id, or null when it cannot be kept (the reference is then left out). */
export type Resolve = (reference: Reference) => Id | null

type Data = Record<string, unknown>

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

const isId = (value: unknown): value is Id =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value !== '')

/** A relationship value's id, populated or not. */
const idIn = (value: unknown): Id | undefined => {
  if (isId(value)) return value
  if (isObject(value) && isId(value.id)) return value.id
  return undefined
}

/**
 * What a visitor does to the values of one document, field by field: `relation` gets each single relationship
 * value (a bare id, or `{ relationTo, value }` for a field relating to several collections), `richText` each rich
 * text value. Localized values are visited locale by locale; `locale` picks one of them instead.
 */
type Visitor = {
  locale?: string
  relation?: (value: unknown, relationTo: string | readonly string[]) => unknown
  richText?: (value: unknown) => unknown
  /** Each array or block row, once its fields are visited. */
  row?: (row: Data) => Data
}

const DROP = Symbol('drop')

const visitRelation = (field: FieldShape, value: unknown, visitor: Visitor): unknown => {
  if (!visitor.relation || value === null || value === undefined) return value
  const one = (item: unknown) => visitor.relation!(item, field.relationTo ?? [])
  if (field.hasMany && Array.isArray(value)) return value.map(one).filter((item) => item !== DROP)
  const result = one(value)
  return result === DROP ? null : result
}

const visitRow = (row: Data, visitor: Visitor): Data => (visitor.row ? visitor.row(row) : row)

const visitValue = (field: FieldShape, value: unknown, visitor: Visitor, localesHere: boolean): unknown => {
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return visitRelation(field, value, visitor)
    case 'richText':
      return visitor.richText && value !== null && value !== undefined ? visitor.richText(value) : value
    case 'group':
    case 'tab':
      return isObject(value) ? visitFields(field.flattenedFields ?? [], value, visitor, localesHere) : value
    case 'array':
      return Array.isArray(value)
        ? value.map((row) =>
            isObject(row)
              ? visitRow(visitFields(field.flattenedFields ?? [], row, visitor, localesHere), visitor)
              : row,
          )
        : value
    case 'blocks':
      return Array.isArray(value)
        ? value.map((row) => {
            if (!isObject(row)) return row
            const block = field.blocks?.find(({ slug }) => slug === row.blockType)
            return visitRow(block ? visitFields(block.flattenedFields, row, visitor, localesHere) : row, visitor)
          })
        : value
    default:
      return value
  }
}

/**
 * Walks `data` by `fields`. `localesHere` is false inside a localized field: Payload localizes a field once, at
 * the outermost localized level, so what is inside it is plain.
 */
const visitFields = (fields: readonly FieldShape[], data: Data, visitor: Visitor, localesHere: boolean): Data => {
  const result: Data = { ...data }
  for (const field of fields) {
    if (field.type === 'join' || field.virtual) {
      delete result[field.name]
      continue
    }
    if (!(field.name in data)) continue
    const value = data[field.name]
    if (field.localized && localesHere && isObject(value)) {
      if (visitor.locale !== undefined) {
        const chosen = value[visitor.locale]
        if (chosen === undefined) delete result[field.name]
        else result[field.name] = visitValue(field, chosen, visitor, false)
      } else {
        result[field.name] = Object.fromEntries(
          Object.entries(value).map(([locale, inLocale]) => [locale, visitValue(field, inLocale, visitor, false)]),
        )
      }
      continue
    }
    result[field.name] = visitValue(field, value, visitor, localesHere && !field.localized)
  }
  return result
}

const walk = (fields: readonly FieldShape[], data: Data, visitor: Visitor) => visitFields(fields, data, visitor, true)

/** One locale's data of a document read with `locale: 'all'`; join and virtual fields left out. */
export const dataInLocale = (fields: readonly FieldShape[], doc: Data, locale: string): Data =>
  walk(fields, doc, { locale })

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/** Whether a document read with `locale: 'all'` has any value in a locale (so that locale needs writing). */
export const hasValuesIn = (fields: readonly FieldShape[], doc: Data, locale: string): boolean =>
  fields.some((field) => {
    if (!(field.name in doc) || field.type === 'join' || field.virtual) return false
    const value = doc[field.name]
    if (field.localized) return isObject(value) && !isEmpty(value[locale])
    const rows = field.type === 'array' || field.type === 'blocks' ? value : [value]
    if (!Array.isArray(rows)) return false
    return rows.some((row) => {
      if (!isObject(row)) return false
      if (field.type === 'blocks') {
        const block = field.blocks?.find(({ slug }) => slug === row.blockType)
        return block ? hasValuesIn(block.flattenedFields, row, locale) : false
      }
      return field.flattenedFields ? hasValuesIn(field.flattenedFields, row, locale) : false
    })
  })

/** A reference of a rich-text node: an upload or relationship node, or an internal link's document. */
const nodeReference = (node: Data): Reference | undefined => {
  const target = isObject(node.fields) && isObject(node.fields.doc) ? node.fields.doc : node
  const id = idIn(target.value)
  return typeof target.relationTo === 'string' && id !== undefined ? { id, relationTo: target.relationTo } : undefined
}

/** Rich text with each node's reference resolved; a node whose target is gone leaves, its text (a link's) stays. */
const resolveRichText = (value: unknown, resolve: Resolve | undefined, found: Reference[]): unknown => {
  const node = (item: unknown): unknown[] => {
    if (!isObject(item)) return [item]
    const reference = nodeReference(item)
    const children = Array.isArray(item.children) ? item.children.flatMap(node) : undefined
    const copy: Data = children ? { ...item, children } : { ...item }
    if (!reference) return [copy]
    found.push(reference)
    if (!resolve) return [copy]
    const id = resolve(reference)
    if (id === null) return children ?? []
    if (isObject(copy.fields) && isObject(copy.fields.doc))
      copy.fields = { ...copy.fields, doc: { ...copy.fields.doc, value: id } }
    else copy.value = id
    return [copy]
  }
  if (!isObject(value) || !isObject(value.root)) return value
  return { ...value, root: node(value.root)[0] ?? { ...value.root, children: [] } }
}

const relationOf = (value: unknown, relationTo: string | readonly string[]): Reference | undefined => {
  if (typeof relationTo === 'string') {
    const id = idIn(value)
    return id === undefined ? undefined : { id, relationTo }
  }
  if (!isObject(value) || typeof value.relationTo !== 'string') return undefined
  const id = idIn(value.value)
  return id === undefined ? undefined : { id, relationTo: value.relationTo }
}

/** The document with every array and block row's id passed through `renew` (rows keep their order and fields). */
export const withRowIds = (fields: readonly FieldShape[], doc: Data, renew: (old: string) => string): Data =>
  walk(fields, doc, { row: (row) => (typeof row.id === 'string' ? { ...row, id: renew(row.id) } : row) })

/** Every reference a document holds, in every locale. */
export const referencesOf = (fields: readonly FieldShape[], doc: Data): Reference[] => {
  const found: Reference[] = []
  walk(fields, doc, {
    relation: (value, relationTo) => {
      const reference = relationOf(value, relationTo)
      if (reference) found.push(reference)
      return value
    },
    richText: (value) => resolveRichText(value, undefined, found),
  })
  return found
}

/**
 * The document with every reference pointed at `resolve`'s id: bare ids stay bare, populated values become ids,
 * `{ relationTo, value }` keeps its shape. A reference resolved to null is left out (a single field becomes null,
 * a list loses the item, a rich-text node leaves).
 */
export const withReferences = (fields: readonly FieldShape[], doc: Data, resolve: Resolve): Data =>
  walk(fields, doc, {
    relation: (value, relationTo) => {
      const reference = relationOf(value, relationTo)
      if (!reference) return value
      const id = resolve(reference)
      if (id === null) return DROP
      return typeof relationTo === 'string' ? id : { relationTo: reference.relationTo, value: id }
    },
    richText: (value) => resolveRichText(value, resolve, []),
  })

import type { FlattenedField } from 'payload'

import type { Message } from '../base/errors/fieldError'

/** Payload's query operators (payload/src/types/constants.ts; src/internals/payloadOperators.test.ts checks it). */
export const OPERATORS = [
  'equals',
  'contains',
  'not_equals',
  'in',
  'all',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'within',
  'intersects',
  'near',
] as const

/** The size of a filter a client may send: conditions in all, values of one list, nesting of and/or. */
export const WHERE_LIMITS = { conditions: 200, depth: 8, listValues: 500 } as const

export type WhereProblem = { message: Message; path: string }

type Context = {
  idType: 'number' | 'text'
  locales: readonly string[]
  /** The collection keeps versions: Payload runs version queries through the same hook (as a 'read'). */
  versions?: boolean
}

/** The fields of a version query (`GET /api/news/versions?where[parent][equals]=…`), besides `parent` (the
 * document's id) and `version.<field>`. */
const VERSION_FIELDS: FlattenedField[] = [
  { name: 'latest', type: 'checkbox' },
  { name: 'autosave', type: 'checkbox' },
  { name: 'snapshot', type: 'checkbox' },
  { name: 'publishedLocale', type: 'text' },
]

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const ORDER_OPERATORS = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'richText', 'json'])
/** Fields Payload adds to every collection. */
const AUTOMATIC: FlattenedField[] = [
  { name: 'createdAt', type: 'date' },
  { name: 'updatedAt', type: 'date' },
]

const problem = (path: string, en: string, vi: string): WhereProblem => ({ message: { en, vi }, path })

/** Arrays as qs makes them: a real array, or an object with the keys 0, 1, 2… (past 20 items). */
const asList = (value: unknown): unknown[] | undefined => {
  if (Array.isArray(value)) return value
  if (value && typeof value === 'object' && Object.keys(value).every((key) => /^\d+$/.test(key)))
    return Object.values(value)
  return undefined
}

/** A value, as clients send them (GraphQL's DateTime arrives as a Date). */
const isScalar = (value: unknown) =>
  value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)

const idProblem = (value: unknown, context: Context): string | undefined => {
  if (value === null) return undefined
  if (context.idType === 'number') {
    const text = String(value).trim()
    return /^\d{1,15}$/.test(text) ? undefined : 'a whole number (an id)'
  }
  return typeof value === 'string' && /^[a-f0-9]{24}$/i.test(value) ? undefined : 'an id (24 hexadecimal characters)'
}

/** What a single value of this field must be, or undefined when this value will do. */
const valueProblem = (field: FlattenedField | 'id', value: unknown, context: Context): string | undefined => {
  if (!isScalar(value)) return 'a single value, not a list or an object'
  if (field === 'id') return idProblem(value, context)
  if (value === null) return undefined
  switch (field.type) {
    case 'number':
      return value !== '' && Number.isFinite(Number(value)) ? undefined : 'a number'
    case 'date':
      return Number.isNaN(new Date(value as string).getTime()) ? 'a date (ISO 8601, e.g. 2026-07-01)' : undefined
    case 'checkbox':
      return ['true', 'false', true, false].includes(value as string) ? undefined : 'true or false'
    case 'select':
    case 'radio': {
      const values = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      return values.includes(String(value)) ? undefined : `one of ${values.join(', ')}`
    }
    case 'relationship':
    case 'upload':
      return Array.isArray(field.relationTo) ? undefined : idProblem(value, context)
    default:
      return undefined
  }
}

/** The field a dotted path names, if any: through groups, arrays, blocks and tabs; past a relationship, lenient. */
const fieldAt = (
  fields: FlattenedField[],
  segments: string[],
  context: Context,
): FlattenedField | 'id' | 'any' | undefined => {
  const [head, ...rest] = segments
  if ((head === 'id' || (context.versions && head === 'parent')) && rest.length === 0) return 'id'
  if (context.versions && head === 'version' && rest.length > 0)
    return fieldAt(fields, rest, { ...context, versions: false })
  const known = [...fields, ...AUTOMATIC, ...(context.versions ? VERSION_FIELDS : [])]
  const field = known.find((each) => 'name' in each && each.name === head)
  if (!field) return undefined
  if (rest.length === 0) return field
  if ('localized' in field && field.localized && rest.length === 1 && context.locales.includes(rest[0]!)) return field
  switch (field.type) {
    case 'group':
    case 'array':
    case 'tab':
      return fieldAt(field.flattenedFields, rest, context)
    case 'blocks':
      return rest[0] === 'blockType' && rest.length === 1
        ? 'any'
        : field.blocks.map((block) => fieldAt(block.flattenedFields, rest, context)).find(Boolean)
    case 'relationship':
    case 'upload':
    case 'json':
    case 'richText':
      // The related collection's fields (or a JSON path) are checked where they are resolved.
      return 'any'
    default:
      return undefined
  }
}

/**
 * What is wrong with a `where` from a client (REST query string or GraphQL argument), checked against the
 * collection's fields before it reaches the database: unknown fields or operators, values of the wrong kind
 * (a word where an id or a date belongs), malformed `and`/`or`/`in` lists, and filters past WHERE_LIMITS.
 * The first problem found, naming its parameter (`where[title][bogus]`), or undefined when the filter is sound.
 */
export const whereProblem = (where: unknown, fields: FlattenedField[], context: Context): WhereProblem | undefined => {
  let conditions = 0
  const walk = (node: unknown, path: string, depth: number): WhereProblem | undefined => {
    if (depth > WHERE_LIMITS.depth) {
      return problem(
        path,
        `Filters nest at most ${WHERE_LIMITS.depth} levels of and/or.`,
        `Bộ lọc lồng and/or tối đa ${WHERE_LIMITS.depth} cấp.`,
      )
    }
    if (!node || typeof node !== 'object' || Array.isArray(node)) {
      return problem(
        path,
        `${path} must be a condition (field, operator and value).`,
        `${path} phải là một điều kiện (trường, toán tử và giá trị).`,
      )
    }
    for (const [key, value] of Object.entries(node)) {
      const here = `${path}[${key}]`
      if (key === 'and' || key === 'or') {
        const parts = asList(value)
        if (!parts)
          return problem(here, `${here} must be a list of conditions.`, `${here} phải là danh sách điều kiện.`)
        for (const [index, part] of parts.entries()) {
          const found = walk(part, `${here}[${index}]`, depth + 1)
          if (found) return found
        }
        continue
      }
      // A query string is parsed 10 brackets deep (Payload's qs settings); what is deeper stays one key, "[…][…]".
      if (key.startsWith('['))
        return problem(
          path,
          `${path} nests deeper than a query string holds (10 brackets in all); use fewer levels of and/or.`,
          `${path} lồng sâu hơn mức địa chỉ truy vấn cho phép (tổng cộng 10 cặp ngoặc); hãy dùng ít cấp and/or hơn.`,
        )
      const field = fieldAt(fields, key.split('.'), context)
      if (!field)
        return problem(here, `${key} is not a field that can be filtered on.`, `${key} không phải trường có thể lọc.`)
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        return problem(
          here,
          `${here} needs an operator, e.g. ${here}[equals]=…`,
          `${here} cần một toán tử, ví dụ ${here}[equals]=…`,
        )
      }
      for (const [operator, operand] of Object.entries(value)) {
        const at = `${here}[${operator}]`
        if (++conditions > WHERE_LIMITS.conditions) {
          return problem(
            at,
            `A filter has at most ${WHERE_LIMITS.conditions} conditions.`,
            `Bộ lọc có tối đa ${WHERE_LIMITS.conditions} điều kiện.`,
          )
        }
        if (!(OPERATORS as readonly string[]).includes(operator)) {
          return problem(
            at,
            `${operator} is not an operator (one of ${OPERATORS.join(', ')}).`,
            `${operator} không phải toán tử (một trong ${OPERATORS.join(', ')}).`,
          )
        }
        const found = operandProblem(field, operator, operand, at, context)
        if (found) return found
      }
    }
    return undefined
  }
  return where === undefined || where === null ? undefined : walk(where, 'where', 0)
}

const operandProblem = (
  field: FlattenedField | 'id' | 'any',
  operator: string,
  operand: unknown,
  at: string,
  context: Context,
) => {
  const type = field === 'id' || field === 'any' ? field : field.type
  if (GEO_OPERATORS.has(operator) && type !== 'point' && type !== 'any') {
    return problem(at, `${operator} applies to map points only.`, `${operator} chỉ dùng cho trường tọa độ.`)
  }
  if (TEXT_OPERATORS.has(operator) && !TEXT_TYPES.has(type) && type !== 'select' && type !== 'any') {
    return problem(at, `${operator} applies to text fields only.`, `${operator} chỉ dùng cho trường văn bản.`)
  }
  if (operator === 'exists') {
    return ['true', 'false', true, false].includes(operand as string)
      ? undefined
      : problem(at, `${at} must be true or false.`, `${at} phải là true hoặc false.`)
  }
  if (field === 'any' || GEO_OPERATORS.has(operator) || TEXT_OPERATORS.has(operator)) {
    return isScalar(operand) || GEO_OPERATORS.has(operator)
      ? undefined
      : problem(at, `${at} must be a single value.`, `${at} phải là một giá trị.`)
  }
  if (ORDER_OPERATORS.has(operator) && !['number', 'date', 'id', 'text', 'textarea', 'email'].includes(type)) {
    return problem(
      at,
      `${operator} applies to numbers, dates and text.`,
      `${operator} chỉ dùng cho số, ngày và văn bản.`,
    )
  }
  const values = LIST_OPERATORS.has(operator)
    ? (asList(operand) ?? (typeof operand === 'string' ? operand.split(',') : [operand]))
    : [operand]
  if (values.length > WHERE_LIMITS.listValues) {
    return problem(
      at,
      `A list has at most ${WHERE_LIMITS.listValues} values (got ${values.length}).`,
      `Danh sách có tối đa ${WHERE_LIMITS.listValues} giá trị (nhận ${values.length}).`,
    )
  }
  for (const value of values) {
    const expected = valueProblem(field, value, context)
    if (expected) {
      const shown = JSON.stringify(value)?.slice(0, 60)
      return problem(
        at,
        `${at} must be ${expected} (got ${shown}).`,
        `${at} phải là ${vietnamese(expected)} (nhận ${shown}).`,
      )
    }
  }
  return undefined
}

const VIETNAMESE: Record<string, string> = {
  'a date (ISO 8601, e.g. 2026-07-01)': 'một ngày (ISO 8601, ví dụ 2026-07-01)',
  'a number': 'một số',
  'a single value, not a list or an object': 'một giá trị đơn, không phải danh sách hay đối tượng',
  'a whole number (an id)': 'một số nguyên (mã định danh)',
  'an id (24 hexadecimal characters)': 'một mã định danh (24 ký tự thập lục phân)',
  'true or false': 'true hoặc false',
}
const vietnamese = (expected: string) => VIETNAMESE[expected] ?? expected.replace(/^one of /, 'một trong ')

/** What is wrong with an id from a client (a path segment or argument), for this database's ids. */
export const idParameterProblem = (id: unknown, context: Context): WhereProblem | undefined => {
  const expected = idProblem(id, context)
  if (!expected || id === undefined) return undefined
  const shown = JSON.stringify(id)?.slice(0, 60)
  return problem('id', `id must be ${expected} (got ${shown}).`, `id phải là ${vietnamese(expected)} (nhận ${shown}).`)
}

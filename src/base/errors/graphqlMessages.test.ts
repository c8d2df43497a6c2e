import { buildSchema, type GraphQLError, parse, validate } from 'graphql'
import { getVariableValues } from 'graphql/execution/values.js'

import { graphqlMessageInVietnamese } from './graphqlMessages'

const schema = buildSchema(`
  enum Locale { vi en }
  input Range { from: Int!, to: Int }
  type Unit { name: String, code: String, parent: Unit }
  type Query {
    Units(limit: Int, locale: Locale, range: Range): [Unit]
    Unit(id: Int!): Unit
  }
`)

/** What graphql-js itself says of a query: its syntax error, or its validation errors. */
const saysOf = (query: string): string[] => {
  let document
  try {
    document = parse(query)
  } catch (error) {
    return [(error as GraphQLError).message]
  }
  return validate(schema, document).map((error) => error.message)
}

/** What it says of variables' values (execution/values.js, before any resolver runs). */
const saysOfVariables = (query: string, variables: Record<string, unknown>): string[] => {
  const [operation] = parse(query).definitions as never[]
  const coerced = getVariableValues(
    schema,
    (operation as { variableDefinitions: never[] }).variableDefinitions,
    variables,
  )
  return 'errors' in coerced ? coerced.errors!.map((error) => error.message) : []
}

const inVietnamese = (messages: string[]) => messages.map(graphqlMessageInVietnamese)

/**
 * The messages are made by graphql-js itself, so a wording changed by an upgrade fails here (the message would
 * then stay in English).
 */
describe('graphql-js messages in Vietnamese', () => {
  it('syntax errors', () => {
    expect(inVietnamese(saysOf('{ Units { name }'))).toEqual(['Lỗi cú pháp: cần Name, gặp <EOF>.'])
    expect(inVietnamese(saysOf('{ Units(limit: ) { name } }'))).toEqual(['Lỗi cú pháp: không mong đợi ")".'])
    expect(inVietnamese(saysOf('{ Units(locale: "vi) { name } }'))).toEqual(['Lỗi cú pháp: chuỗi chưa được đóng.'])
  })

  it('fields and arguments the schema does not have, with its suggestions', () => {
    expect(inVietnamese(saysOf('{ Units { nam } }'))).toEqual([
      'Kiểu "Unit" không có trường "nam". Có phải ý bạn là "name"?',
    ])
    expect(inVietnamese(saysOf('{ units { name } }'))).toEqual([
      'Kiểu "Query" không có trường "units". Có phải ý bạn là "Unit" hoặc "Units"?',
    ])
    expect(inVietnamese(saysOf('{ Units(limt: 1) { name } }'))).toEqual([
      'Trường "Query.Units" không có đối số "limt". Có phải ý bạn là "limit"?',
    ])
    expect(inVietnamese(saysOf('{ Unit { name } }'))).toEqual([
      'Trường "Unit" cần đối số "id" (kiểu "Int!") nhưng không được truyền.',
    ])
    expect(inVietnamese(saysOf('{ Units }'))).toEqual([
      'Trường "Units" (kiểu "[Unit]") cần chọn trường con, ví dụ "Units { ... }".',
    ])
    expect(inVietnamese(saysOf('{ Units { name { x } } }'))).toEqual([
      'Trường "name" không được chọn trường con: kiểu "String" không có trường con.',
    ])
    expect(inVietnamese(saysOf('query ($n: Lmit) { Units(limit: 1) { name } }'))).toEqual([
      'Không có kiểu "Lmit". Có phải ý bạn là "Unit"?',
      'Biến "$n" khai báo nhưng không được dùng.',
    ])
  })

  it('values of the wrong type, written in the query', () => {
    expect(inVietnamese(saysOf('{ Units(limit: "ten") { name } }'))).toEqual([
      'Int chỉ nhận số nguyên, không nhận "ten"',
    ])
    expect(inVietnamese(saysOf('{ Units(locale: fr) { name } }'))).toEqual([
      'Giá trị "fr" không có trong danh sách "Locale".',
    ])
    expect(inVietnamese(saysOf('{ Units(range: { to: 2 }) { name } }'))).toEqual([
      'Thiếu trường "Range.from" (kiểu bắt buộc "Int!").',
    ])
    expect(inVietnamese(saysOf('{ Units(range: { from: 1, till: 2 }) { name } }'))).toEqual([
      'Kiểu "Range" không có trường "till".',
    ])
    expect(inVietnamese(saysOf('{ Units(limit: $n) { name } }'))).toEqual(['Biến "$n" chưa được khai báo.'])
  })

  it('variables of the wrong type', () => {
    const query = 'query ($id: Int!, $locale: Locale) { Unit(id: $id) { name } Units(locale: $locale) { name } }'
    expect(inVietnamese(saysOfVariables(query, {}))).toEqual(['Thiếu biến "$id" (kiểu bắt buộc "Int!").'])
    expect(inVietnamese(saysOfVariables(query, { id: null }))).toEqual(['Biến "$id" (kiểu "Int!") không được là null.'])
    expect(inVietnamese(saysOfVariables(query, { id: 'abc' }))).toEqual([
      'Biến "$id" nhận giá trị không hợp lệ "abc"; Int chỉ nhận số nguyên, không nhận "abc"',
    ])
    expect(inVietnamese(saysOfVariables(query, { id: 1, locale: 'fr' }))).toEqual([
      'Biến "$locale" nhận giá trị không hợp lệ "fr"; Giá trị "fr" không có trong danh sách "Locale".',
    ])
  })

  it('arguments refused as the operation runs (execution/values.js)', () => {
    expect(graphqlMessageInVietnamese('Argument "locale" has invalid value fr.')).toBe(
      'Đối số "locale" có giá trị không hợp lệ: fr.',
    )
    expect(graphqlMessageInVietnamese('Argument "id" of required type "Int!" was not provided.')).toBe(
      'Thiếu đối số "id" (kiểu bắt buộc "Int!").',
    )
  })

  it('leaves any other message as it is', () => {
    expect(graphqlMessageInVietnamese('Giới hạn độ sâu: …')).toBe('Giới hạn độ sâu: …')
    expect(graphqlMessageInVietnamese('Something else entirely.')).toBe('Something else entirely.')
  })
})

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
  it.each([
    ['{ Units { name }', ['Lỗi cú pháp: cần Name, gặp <EOF>.']],
    ['{ Units(limit: ) { name } }', ['Lỗi cú pháp: không mong đợi ")".']],
    ['{ Units(locale: "vi) { name } }', ['Lỗi cú pháp: chuỗi chưa được đóng.']],
  ])('syntax errors: %s', (query, expected) => {
    expect(inVietnamese(saysOf(query))).toEqual(expected)
  })

  it.each([
    ['{ Units { nam } }', ['Kiểu "Unit" không có trường "nam". Có phải ý bạn là "name"?']],
    ['{ units { name } }', ['Kiểu "Query" không có trường "units". Có phải ý bạn là "Unit" hoặc "Units"?']],
    ['{ Units(limt: 1) { name } }', ['Trường "Query.Units" không có đối số "limt". Có phải ý bạn là "limit"?']],
    ['{ Unit { name } }', ['Trường "Unit" cần đối số "id" (kiểu "Int!") nhưng không được truyền.']],
    ['{ Units }', ['Trường "Units" (kiểu "[Unit]") cần chọn trường con, ví dụ "Units { ... }".']],
    ['{ Units { name { x } } }', ['Trường "name" không được chọn trường con: kiểu "String" không có trường con.']],
    [
      'query ($n: Lmit) { Units(limit: 1) { name } }',
      ['Không có kiểu "Lmit". Có phải ý bạn là "Unit"?', 'Biến "$n" khai báo nhưng không được dùng.'],
    ],
  ])('fields, arguments and types the schema does not have, with its suggestions: %s', (query, expected) => {
    expect(inVietnamese(saysOf(query))).toEqual(expected)
  })

  it.each([
    ['{ Units(limit: "ten") { name } }', ['Int chỉ nhận số nguyên, không nhận "ten"']],
    ['{ Units(locale: fr) { name } }', ['Giá trị "fr" không có trong danh sách "Locale".']],
    ['{ Units(range: { to: 2 }) { name } }', ['Thiếu trường "Range.from" (kiểu bắt buộc "Int!").']],
    ['{ Units(range: { from: 1, till: 2 }) { name } }', ['Kiểu "Range" không có trường "till".']],
    ['{ Units(limit: $n) { name } }', ['Biến "$n" chưa được khai báo.']],
  ])('values of the wrong type, written in the query: %s', (query, expected) => {
    expect(inVietnamese(saysOf(query))).toEqual(expected)
  })

  const withVariables = 'query ($id: Int!, $locale: Locale) { Unit(id: $id) { name } Units(locale: $locale) { name } }'
  it.each([
    [{}, ['Thiếu biến "$id" (kiểu bắt buộc "Int!").']],
    [{ id: null }, ['Biến "$id" (kiểu "Int!") không được là null.']],
    [{ id: 'abc' }, ['Biến "$id" nhận giá trị không hợp lệ "abc"; Int chỉ nhận số nguyên, không nhận "abc"']],
    [
      { id: 1, locale: 'fr' },
      ['Biến "$locale" nhận giá trị không hợp lệ "fr"; Giá trị "fr" không có trong danh sách "Locale".'],
    ],
  ])('variables of the wrong type: %j', (variables, expected) => {
    expect(inVietnamese(saysOfVariables(withVariables, variables))).toEqual(expected)
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

/**
 * graphql-js's messages (graphql 16) in Vietnamese: what a frontend developer reads when a query does not parse,
 * names a field or an argument the schema does not have, or passes a value of the wrong type. graphql-js writes
 * them in English only; every other refusal of this server is in the request's language. Each message keeps the
 * names it quotes, so the field or argument at fault is named in both languages. A message not listed here stays
 * as graphql-js wrote it (src/base/errors/graphqlMessages.test.ts has one example of each).
 */

type Rule = [RegExp, (...parts: string[]) => string]

/** graphql-js's " Did you mean "a", "b", or "c"?" (jsutils/didYouMean.js) after a message, or nothing. */
const suggestion = (rest = ''): string => {
  const fragment = /^ Did you mean to use an inline fragment on (.+)\?$/.exec(rest)
  if (fragment) return ` Có phải ý bạn là dùng inline fragment trên ${fragment[1]}?`
  const names = /^ Did you mean (.+)\?$/.exec(rest)
  if (names) return ` Có phải ý bạn là ${names[1]!.replace(/,? or /, ' hoặc ')}?`
  return rest
}

/** What a scalar or an input type says of a value it refuses (after "; " in a value's message). */
const VALUE_RULES: Rule[] = [
  [/^Int cannot represent non-integer value: (.*)$/s, (value) => `Int chỉ nhận số nguyên, không nhận ${value}`],
  [
    /^Int cannot represent non 32-bit signed integer value: (.*)$/s,
    (value) => `Int chỉ nhận số nguyên 32 bit có dấu, không nhận ${value}`,
  ],
  [/^Float cannot represent non numeric value: (.*)$/s, (value) => `Float chỉ nhận số, không nhận ${value}`],
  [/^String cannot represent a non string value: (.*)$/s, (value) => `String chỉ nhận chuỗi, không nhận ${value}`],
  [
    /^Boolean cannot represent a non boolean value: (.*)$/s,
    (value) => `Boolean chỉ nhận true hoặc false, không nhận ${value}`,
  ],
  [/^ID cannot represent value: (.*)$/s, (value) => `ID không nhận giá trị ${value}`],
  [
    /^Value "(.+?)" does not exist in "(.+?)" enum\.(.*)$/s,
    (value, type, rest) => `Giá trị "${value}" không có trong danh sách "${type}".${suggestion(rest)}`,
  ],
  [
    /^Enum "(.+?)" cannot represent non-enum value: (.+?)\.(.*)$/s,
    (type, value, rest) => `Danh sách "${type}" không có giá trị ${value}.${suggestion(rest)}`,
  ],
  [
    /^Field "(.+?)" of required type "(.+?)" was not provided\.$/,
    (field, type) => `Thiếu trường "${field}" (kiểu bắt buộc "${type}").`,
  ],
  [
    /^Field "(.+?)" is not defined by type "(.+?)"\.(.*)$/s,
    (field, type, rest) => `Kiểu "${type}" không có trường "${field}".${suggestion(rest)}`,
  ],
  [/^Expected type "(.+?)" to be an object\.$/, (type) => `Kiểu "${type}" cần một đối tượng.`],
  [/^Expected type "(.+?)"\.(.*)$/s, (type, rest) => `Cần giá trị kiểu "${type}".${rest}`],
]

const valueMessage = (message: string): string => {
  for (const [pattern, say] of VALUE_RULES) {
    const found = pattern.exec(message)
    if (found) return say(...found.slice(1))
  }
  return message
}

/** A syntax error's description (language/lexer.js, parser.js). */
const syntaxDescription = (description: string): string => {
  const expected = /^Expected (.+), found (.+)\.$/s.exec(description)
  if (expected) return `cần ${expected[1]}, gặp ${expected[2]}.`
  const unexpected = /^Unexpected (.+)\.$/s.exec(description)
  if (unexpected) return `không mong đợi ${unexpected[1]}.`
  if (description === 'Unterminated string.') return 'chuỗi chưa được đóng.'
  return description
}

const RULES: Rule[] = [
  [/^Syntax Error: (.*)$/s, (description) => `Lỗi cú pháp: ${syntaxDescription(description)}`],
  [
    /^Cannot query field "(.+?)" on type "(.+?)"\.(.*)$/s,
    (field, type, rest) => `Kiểu "${type}" không có trường "${field}".${suggestion(rest)}`,
  ],
  [
    /^Unknown argument "(.+?)" on field "(.+?)"\.(.*)$/s,
    (argument, field, rest) => `Trường "${field}" không có đối số "${argument}".${suggestion(rest)}`,
  ],
  [
    /^Unknown argument "(.+?)" on directive "(.+?)"\.(.*)$/s,
    (argument, directive, rest) => `Chỉ thị "${directive}" không có đối số "${argument}".${suggestion(rest)}`,
  ],
  [
    /^Field "(.+?)" argument "(.+?)" of type "(.+?)" is required, but it was not provided\.$/,
    (field, argument, type) => `Trường "${field}" cần đối số "${argument}" (kiểu "${type}") nhưng không được truyền.`,
  ],
  [
    /^Field "(.+?)" must not have a selection since type "(.+?)" has no subfields\.$/,
    (field, type) => `Trường "${field}" không được chọn trường con: kiểu "${type}" không có trường con.`,
  ],
  [
    /^Field "(.+?)" of type "(.+?)" must have a selection of subfields\. Did you mean "(.+?)"\?$/s,
    (field, type, example) => `Trường "${field}" (kiểu "${type}") cần chọn trường con, ví dụ "${example}".`,
  ],
  [
    /^Expected value of type "(.+?)", found (.+?); (.*)$/s,
    (type, found, why) => `Cần giá trị kiểu "${type}", nhận được ${found}; ${valueMessage(why)}`,
  ],
  [
    /^Expected value of type "(.+?)", found (.+)\.$/s,
    (type, found) => `Cần giá trị kiểu "${type}", nhận được ${found}.`,
  ],
  [
    /^Variable "(\$.+?)" of required type "(.+?)" was not provided\.$/,
    (variable, type) => `Thiếu biến "${variable}" (kiểu bắt buộc "${type}").`,
  ],
  [
    /^Variable "(\$.+?)" of non-null type "(.+?)" must not be null\.$/,
    (variable, type) => `Biến "${variable}" (kiểu "${type}") không được là null.`,
  ],
  [
    /^Variable "(\$.+?)" got invalid value (.+?); (.*)$/s,
    (variable, value, why) => `Biến "${variable}" nhận giá trị không hợp lệ ${value}; ${valueMessage(why)}`,
  ],
  [
    /^Variable "(\$.+?)" is not defined by operation "(.+?)"\.$/,
    (variable, operation) => `Biến "${variable}" không được khai báo trong thao tác "${operation}".`,
  ],
  [/^Variable "(\$.+?)" is not defined\.$/, (variable) => `Biến "${variable}" chưa được khai báo.`],
  [
    /^Variable "(\$.+?)" is never used in operation "(.+?)"\.$/,
    (variable, operation) => `Biến "${variable}" khai báo nhưng không được dùng trong thao tác "${operation}".`,
  ],
  [/^Variable "(\$.+?)" is never used\.$/, (variable) => `Biến "${variable}" khai báo nhưng không được dùng.`],
  [
    /^Argument "(.+?)" has invalid value (.+)\.$/s,
    (argument, value) => `Đối số "${argument}" có giá trị không hợp lệ: ${value}.`,
  ],
  [
    /^Argument "(.+?)" of required type "(.+?)" was not provided\.$/,
    (argument, type) => `Thiếu đối số "${argument}" (kiểu bắt buộc "${type}").`,
  ],
  [
    /^Argument "(.+?)" of non-null type "(.+?)" must not be null\.$/,
    (argument, type) => `Đối số "${argument}" (kiểu "${type}") không được là null.`,
  ],
  [/^Unknown type "(.+?)"\.(.*)$/s, (type, rest) => `Không có kiểu "${type}".${suggestion(rest)}`],
  [/^Unknown fragment "(.+?)"\.$/, (fragment) => `Không có fragment "${fragment}".`],
  [/^Unknown directive "(.+?)"\.$/, (directive) => `Không có chỉ thị "${directive}".`],
  [/^Unknown operation named "(.+?)"\.$/, (operation) => `Không có thao tác tên "${operation}".`],
  [
    /^Must provide operation name if query contains multiple operations\.$/,
    () => 'Truy vấn có nhiều thao tác: cần nêu tên thao tác (operationName).',
  ],
  [/^Missing query$/, () => 'Thiếu truy vấn (query).'],
  [/^Unable to detect operation AST$/, () => 'Không xác định được thao tác cần chạy (xem operationName).'],
  [/^Cannot perform mutations over GET$/, () => 'Không thực hiện được mutation bằng yêu cầu GET.'],
  [
    /^Can only perform a mutation operation from a POST request\.$/,
    () => 'Chỉ thực hiện được mutation bằng yêu cầu POST.',
  ],
]

/** The Vietnamese of one of graphql-js's messages, or the message itself when it is not one of them. */
export const graphqlMessageInVietnamese = (message: string): string => {
  for (const [pattern, say] of RULES) {
    const found = pattern.exec(message)
    if (found) return say(...found.slice(1))
  }
  return valueMessage(message)
}

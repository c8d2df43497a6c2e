import type { RequestHandler } from 'express'
import {
  type DocumentNode,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  Kind,
  KnownFragmentNamesRule,
  NoFragmentCyclesRule,
  parse,
  type SelectionSetNode,
  UniqueFragmentNamesRule,
  validate,
} from 'graphql'

import type { Message } from '../../base/errors/fieldError'
import { languageOf } from '../../base/language'
import { graphqlParamsOf } from './request'
import { memoByText } from '../../base/memoByText'

/** Brackets nested deeper than this are refused before any parser sees the document (real queries nest < 15). */
export const MAX_NESTING = 64

/**
 * How deeply a GraphQL document nests its brackets ({ [ (), outside strings and comments: a linear scan that
 * needs no parser. graphql-js parses by recursive descent, so a document of thousands of nested braces would
 * overflow the stack of the parser (and of any walker after it) instead of being refused.
 */
export const nestingOf = (query: string): number => {
  let depth = 0
  let deepest = 0
  for (let index = 0; index < query.length; index++) {
    const char = query[index]
    if (char === '#') {
      while (index < query.length && query[index] !== '\n') index++
    } else if (char === '"') {
      const block = query.startsWith('"""', index)
      index += block ? 3 : 1
      while (
        index < query.length &&
        !(block ? query.startsWith('"""', index) : query[index] === '"' || query[index] === '\n')
      ) {
        index += query[index] === '\\' ? 2 : 1
      }
      if (block) index += 2
    } else if (char === '{' || char === '[' || char === '(') {
      deepest = Math.max(deepest, ++depth)
    } else if (char === '}' || char === ']' || char === ')') {
      depth = Math.max(0, depth - 1)
    }
  }
  return deepest
}

/** A document of more tokens than this is refused by the parser (a 100 kB body of real queries has far fewer). */
const MAX_TOKENS = 20_000

/** The rules about fragments alone; they look at no type, so any schema will do for them. */
const FRAGMENT_RULES = [UniqueFragmentNamesRule, KnownFragmentNamesRule, NoFragmentCyclesRule]
const ANY_SCHEMA = new GraphQLSchema({
  query: new GraphQLObjectType({ fields: { _: { type: GraphQLString } }, name: 'Query' }),
})

/**
 * What must be refused before anything walks the document: brackets nested past MAX_NESTING (the parser itself
 * recurses), and fragments that spread themselves or each other in a circle, or that do not exist. Payload's
 * query-complexity rule walks fragments without a guard and overflowed the stack on a cycle (a 500), although
 * graphql-js's NoFragmentCyclesRule reports it in the same validation pass; so these rules run first, here.
 */
export const documentProblems = (query: string): Array<Message | string> => {
  if (nestingOf(query) > MAX_NESTING) {
    return [
      {
        en: `Depth limit: the document nests brackets more than ${MAX_NESTING} levels deep.`,
        vi: `Giới hạn độ sâu: tài liệu lồng ngoặc sâu hơn ${MAX_NESTING} cấp.`,
      },
    ]
  }
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: MAX_TOKENS })
  } catch {
    return [] // a syntax error: graphql-http answers it with the parser's own message
  }
  const invalid = validate(ANY_SCHEMA, document, FRAGMENT_RULES).map((error) => error.message)
  if (invalid.length > 0) return invalid
  const expanded = expandedSize(document)
  if (expanded <= MAX_EXPANDED_FIELDS) return []
  const huge = expanded > 1e9
  return [
    {
      en: `Size limit: with its fragments spread out the document selects ${huge ? 'over a billion' : expanded} fields; at most ${MAX_EXPANDED_FIELDS} are allowed.`,
      vi: `Giới hạn kích thước: khi trải các fragment ra, tài liệu chọn ${huge ? 'hơn một tỷ' : expanded} trường; tối đa ${MAX_EXPANDED_FIELDS}.`,
    },
  ]
}

/** The same documents come with every page view: their verdict is worked out once (documentProblems is pure). */
const knownProblems = memoByText(documentProblems)

/** Fields a document may select once every fragment spread is written out (real pages select a few hundred). */
export const MAX_EXPANDED_FIELDS = 5000

/**
 * How many fields a document selects with its fragments spread out, counted once per fragment (memoised): a fan
 * of fragments each spreading the next twice is tiny as text and exponential when walked, and walkers downstream
 * (Payload's query complexity) walk it naively. Fragments are acyclic here (checked before).
 */
const expandedSize = (document: DocumentNode): number => {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  )
  const memo = new Map<string, number>()
  const sizeOf = (set: SelectionSetNode | undefined): number => {
    let size = 0
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) size += 1 + sizeOf(selection.selectionSet)
      else if (selection.kind === Kind.INLINE_FRAGMENT) size += sizeOf(selection.selectionSet)
      else {
        const name = selection.name.value
        if (!memo.has(name)) memo.set(name, sizeOf(fragments.get(name)?.selectionSet))
        size += memo.get(name)!
      }
      if (size > MAX_EXPANDED_FIELDS * 1000) return size
    }
    return size
  }
  return document.definitions.reduce(
    (total, definition) =>
      total + (definition.kind === Kind.OPERATION_DEFINITION ? sizeOf(definition.selectionSet) : 0),
    0,
  )
}

/** Refuses (400, GraphQL's error shape) a document with `documentProblems`, before Payload sees it. */
export const documentShape: RequestHandler = (req, res, next) => {
  const query = graphqlParamsOf(req, res)?.query
  const problems = typeof query === 'string' ? knownProblems(query) : []
  if (problems.length === 0) return next()
  const language = languageOf(req.headers['accept-language'])
  res.status(400).json({
    errors: problems.map((message) => ({ message: typeof message === 'string' ? message : message[language] })),
  })
}

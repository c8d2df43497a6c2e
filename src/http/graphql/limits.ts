import {
  type ArgumentNode,
  type ASTVisitor,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  valueFromASTUntyped,
} from 'graphql'

import type { PayloadRequest } from 'payload'

import { inLanguage, type Message } from '../../base/errors/fieldError'
import { MAX_PAGE_SIZE, pageSizeProblem } from '../pageSize'

export type GraphqlLimits = { introspection: boolean; maxAliases: number; maxDepth: number }
export const GRAPHQL_LIMITS: Omit<GraphqlLimits, 'introspection'> = { maxAliases: 20, maxDepth: 10 }

/** Fragments spreading fragments more than this deep are refused (each spread is followed once). */
const MAX_FRAGMENT_CHAIN = 50

/**
 * How deep a selection nests, looked at no deeper than `limit + 1` levels (enough to know it is too deep) and
 * following each fragment once per depth: a fragment that spreads itself, or a fan of fragments spreading each
 * other, costs no more than the document's size. Cycles count as nothing here; graphql-js's own
 * NoFragmentCyclesRule refuses them in the same validation pass.
 */
const depthOf = (
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  limit: number,
  walk: { memo: Map<string, number>; visiting: Set<string> },
): number => {
  if (!set || limit < 0) return 0
  let deepest = 0
  for (const selection of set.selections) {
    let depth: number
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue
      depth = 1 + depthOf(selection.selectionSet, fragments, limit - 1, walk)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = depthOf(selection.selectionSet, fragments, limit, walk)
    } else {
      const name = selection.name.value
      const key = `${name}@${limit}`
      if (walk.visiting.has(name) || walk.visiting.size >= MAX_FRAGMENT_CHAIN) continue
      if (!walk.memo.has(key)) {
        walk.visiting.add(name)
        walk.memo.set(key, depthOf(fragments[name]?.selectionSet, fragments, limit, walk))
        walk.visiting.delete(name)
      }
      depth = walk.memo.get(key)!
    }
    deepest = Math.max(deepest, depth)
    if (deepest > limit) return deepest
  }
  return deepest
}

type Say = (message: Message) => string

/** Nested selections deeper than `maxDepth` (relationships populating relationships…) are refused. */
const depthLimit =
  (maxDepth: number, say: Say): ValidationRule =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = Object.fromEntries(
        context
          .getDocument()
          .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((d) => [d.name.value, d]),
      )
      const depth = depthOf(operation.selectionSet, fragments, maxDepth, { memo: new Map(), visiting: new Set() })
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(
            say({
              en: `Depth limit: the query nests more than ${maxDepth} levels deep; at most ${maxDepth} are allowed.`,
              vi: `Giới hạn độ sâu: truy vấn lồng sâu hơn ${maxDepth} cấp; tối đa ${maxDepth} cấp.`,
            }),
            {
              nodes: [operation],
            },
          ),
        )
      }
    },
  })

/** Many aliases of one field multiply the work of a single request; their number is capped. */
const aliasLimit =
  (maxAliases: number, say: Say): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    let aliases = 0
    return {
      Document: {
        leave() {
          if (aliases > maxAliases)
            context.reportError(
              new GraphQLError(
                say({
                  en: `Alias limit: the query uses ${aliases} aliases; at most ${maxAliases} are allowed.`,
                  vi: `Giới hạn bí danh: truy vấn dùng ${aliases} bí danh (alias); tối đa ${maxAliases}.`,
                }),
              ),
            )
        },
      },
      Field(node) {
        if (node.alias) aliases++
      },
    }
  }

/**
 * Every `limit` argument, written in the query or passed as a variable, stays within the page size cap; a list
 * read with `pagination: false` (no total count: cheaper) must say its `limit`, or Payload would return every item.
 */
const pageSizeLimit =
  (variables: Record<string, unknown> | null | undefined, say: Say): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    const valueOf = (node: ArgumentNode | undefined) =>
      node ? valueFromASTUntyped(node.value, variables ?? undefined) : undefined
    return {
      Field(node) {
        const limit = node.arguments?.find((argument) => argument.name.value === 'limit')
        const problem = pageSizeProblem(valueOf(limit))
        if (problem) context.reportError(new GraphQLError(say(problem), { nodes: [limit!] }))
        const pagination = node.arguments?.find((argument) => argument.name.value === 'pagination')
        if (valueOf(pagination) === false && (valueOf(limit) ?? null) === null) {
          context.reportError(
            new GraphQLError(
              say({
                en: `Page size limit: "pagination: false" needs a "limit" from 1 to ${MAX_PAGE_SIZE}.`,
                vi: `Giới hạn cỡ trang: "pagination: false" cần kèm "limit" từ 1 đến ${MAX_PAGE_SIZE}.`,
              }),
              {
                nodes: [pagination!],
              },
            ),
          )
        }
      },
    }
  }

/** Schema introspection (`__schema`, `__type`), refused when the explorer is off (production, by default). */
const noIntrospection =
  (say: Say): ValidationRule =>
  (context: ValidationContext): ASTVisitor => ({
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        context.reportError(
          new GraphQLError(
            say({
              en: 'Introspection limit: schema introspection is turned off on this server (GRAPHQL_EXPLORER).',
              vi: 'Giới hạn tự mô tả: máy chủ này đã tắt introspection của lược đồ (GRAPHQL_EXPLORER).',
            }),
            {
              nodes: [node],
            },
          ),
        )
      }
    },
  })

/** Rules added to Payload's own (which already bounds query complexity, `graphQL.maxComplexity`). */
export const graphqlLimitRules =
  ({ introspection, maxAliases, maxDepth }: GraphqlLimits) =>
  (args: ExecutionArgs): ValidationRule[] => {
    // In the request's language (Payload passes its request in the GraphQL context).
    const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
    const say: Say = (message) => inLanguage(req, message)
    return [
      depthLimit(maxDepth, say),
      aliasLimit(maxAliases, say),
      pageSizeLimit(args.variableValues, say),
      ...(introspection ? [] : [noIntrospection(say)]),
    ]
  }

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

import { MAX_PAGE_SIZE, pageSizeProblem } from '../pageSize'

export type GraphqlLimits = { introspection: boolean; maxAliases: number; maxDepth: number }
export const GRAPHQL_LIMITS: Omit<GraphqlLimits, 'introspection'> = { maxAliases: 20, maxDepth: 10 }

const depthOf = (
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number => {
  if (!set) return 0
  let deepest = 0
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen))
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragments[selection.name.value]
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value])))
    }
  }
  return deepest
}

/** Nested selections deeper than `maxDepth` (relationships populating relationships…) are refused. */
const depthLimit =
  (maxDepth: number): ValidationRule =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = Object.fromEntries(
        context
          .getDocument()
          .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((d) => [d.name.value, d]),
      )
      const depth = depthOf(operation.selectionSet, fragments, new Set())
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`Depth limit: the query nests ${depth} levels deep; at most ${maxDepth} are allowed.`, {
            nodes: [operation],
          }),
        )
      }
    },
  })

/** Many aliases of one field multiply the work of a single request; their number is capped. */
const aliasLimit =
  (maxAliases: number): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    let aliases = 0
    return {
      Document: {
        leave() {
          if (aliases > maxAliases)
            context.reportError(
              new GraphQLError(`Alias limit: the query uses ${aliases} aliases; at most ${maxAliases} are allowed.`),
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
  (variables: Record<string, unknown> | null | undefined): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    const valueOf = (node: ArgumentNode | undefined) =>
      node ? valueFromASTUntyped(node.value, variables ?? undefined) : undefined
    return {
      Field(node) {
        const limit = node.arguments?.find((argument) => argument.name.value === 'limit')
        const problem = pageSizeProblem(valueOf(limit))
        if (problem) context.reportError(new GraphQLError(problem, { nodes: [limit!] }))
        const pagination = node.arguments?.find((argument) => argument.name.value === 'pagination')
        if (valueOf(pagination) === false && (valueOf(limit) ?? null) === null) {
          context.reportError(
            new GraphQLError(`Page size limit: "pagination: false" needs a "limit" from 1 to ${MAX_PAGE_SIZE}.`, {
              nodes: [pagination!],
            }),
          )
        }
      },
    }
  }

/** Schema introspection (`__schema`, `__type`), refused when the explorer is off (production, by default). */
const noIntrospection: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(
        new GraphQLError('Introspection limit: schema introspection is turned off on this server (GRAPHQL_EXPLORER).', {
          nodes: [node],
        }),
      )
    }
  },
})

/** Rules added to Payload's own (which already bounds query complexity, `graphQL.maxComplexity`). */
export const graphqlLimitRules =
  ({ introspection, maxAliases, maxDepth }: GraphqlLimits) =>
  (args: ExecutionArgs): ValidationRule[] => [
    depthLimit(maxDepth),
    aliasLimit(maxAliases),
    pageSizeLimit(args.variableValues),
    ...(introspection ? [] : [noIntrospection]),
  ]

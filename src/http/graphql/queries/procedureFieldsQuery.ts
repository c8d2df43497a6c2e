import type { GraphQLExtension, PayloadRequest } from 'payload'
import { requestedLocale } from '../../../base/locale'

export type FieldCount = { count: number; field: string }

/** Counts per field, most procedures first, then by name (Vietnamese collation). */
export const countByField = (fields: (string | null | undefined)[]): FieldCount[] => {
  const counts = new Map<string, number>()
  for (const field of fields) if (field) counts.set(field, (counts.get(field) ?? 0) + 1)
  return [...counts]
    .map(([field, count]) => ({ count, field }))
    .sort((a, b) => b.count - a.count || a.field.localeCompare(b.field, 'vi'))
}

/**
 * `procedureFields`: the published procedures a portal shows, counted by field ("Hộ tịch: 42"), for the
 * "procedures by field" box of a home page. Read with the caller's rights, so a portal counts exactly what its
 * `Procedures` list shows (its own and those its parent units share with it).
 */
export const procedureFieldsQuery: GraphQLExtension = (GraphQL) => {
  const { GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const ProcedureFieldCount = new GraphQLObjectType({
    name: 'ProcedureFieldCount',
    fields: {
      count: { type: new GraphQLNonNull(GraphQLInt) },
      field: { type: new GraphQLNonNull(GraphQLString) },
    },
  })
  return {
    procedureFields: {
      args: { locale: { type: GraphQLString } },
      resolve: async (_root: unknown, args: { locale?: string }, { req }: { req: PayloadRequest }) => {
        const { docs } = await req.payload.find({
          collection: 'procedures',
          depth: 0,
          locale: requestedLocale(req, args.locale),
          overrideAccess: false,
          pagination: false,
          req,
          select: { field: true },
          where: { _status: { equals: 'published' } },
        })
        return countByField(docs.map((doc) => doc.field))
      },
      type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(ProcedureFieldCount))),
    },
  }
}

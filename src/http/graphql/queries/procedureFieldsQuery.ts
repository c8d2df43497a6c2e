import type { GraphQLExtension, PayloadRequest } from 'payload'

import { requestedLocale } from '../../../base/locale'
import { portalFieldCounts } from '../../../fieldCounts/portalCounts'
import { type FieldCount, sortedCounts } from '../../../fieldCounts/rules/tally'

/** Counts per field, most procedures first, then by name (Vietnamese collation). */
const countByField = (fields: (string | null | undefined)[]): FieldCount[] => {
  const counts = new Map<string, number>()
  for (const field of fields) if (field) counts.set(field, (counts.get(field) ?? 0) + 1)
  return sortedCounts(counts)
}

/**
 * `procedureFields`: the published procedures a portal shows, counted by field ("Hộ tịch: 42"), for the
 * "procedures by field" box of a home page. A portal counts exactly what its `Procedures` list shows (its own
 * and those its parent units share with it): visitors from the counts kept per unit (src/fieldCounts), signed-in
 * people by reading the procedures with their rights.
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
        const locale = requestedLocale(req, args.locale)
        const stored = await portalFieldCounts(req, 'procedures', locale)
        if (stored) return stored
        const { docs } = await req.payload.find({
          collection: 'procedures',
          depth: 0,
          locale,
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

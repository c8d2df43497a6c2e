import type { GraphQLExtension, PayloadRequest, Where } from 'payload'

import { UNIT_LEVELS } from '../../../../tenants/levels'
import { namedOrPortalUnitId } from '../../../../tenants/portalUnit'
import { findUnits } from '../../../../tenants/unitQueries'
import { belowTag, UNITS_TAG } from '../../../cache/rules/tags'
import { recordTags } from '../../../cache/tracking'
import { MAX_PAGE_SIZE } from '../../pageSize'
import { requestedLocale } from '../../../base/locale'

/**
 * `latestNews(unit, level)`: the province portal's (or a district's) feed of what its sub-units published:
 * every active unit below it, or only those of one level (all communes). Public by construction: published
 * articles of active units only, whoever asks.
 */
export const latestNewsQuery: GraphQLExtension = (GraphQL, { collections }) => {
  const { GraphQLBoolean, GraphQLEnumType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } =
    GraphQL
  const LatestNews = new GraphQLObjectType({
    name: 'LatestNews',
    fields: {
      docs: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(collections.news!.graphQL!.type))) },
      hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean) },
      limit: { type: new GraphQLNonNull(GraphQLInt) },
      page: { type: GraphQLInt },
      totalDocs: { type: new GraphQLNonNull(GraphQLInt) },
      totalPages: { type: new GraphQLNonNull(GraphQLInt) },
    },
  })
  const UnitLevel = new GraphQLEnumType({
    name: 'UnitLevelFilter',
    values: Object.fromEntries(UNIT_LEVELS.map((level) => [level, { value: level }])),
  })
  return {
    latestNews: {
      args: {
        level: { description: 'Only sub-units of this level.', type: UnitLevel },
        limit: { defaultValue: 10, description: `At most ${MAX_PAGE_SIZE}.`, type: GraphQLInt },
        locale: { type: GraphQLString },
        page: { defaultValue: 1, type: GraphQLInt },
        unit: { description: 'Slug or code; defaults to the portal of the request.', type: GraphQLString },
      },
      resolve: async (
        _root: unknown,
        args: { level?: string; limit: number; locale?: string; page: number; unit?: string },
        { req }: { req: PayloadRequest },
      ) => {
        const root = await namedOrPortalUnitId(req, args.unit)
        const below: Where[] = [
          { status: { equals: 'active' } },
          ...(args.level ? [{ level: { equals: args.level } }] : []),
        ]
        const units = root === undefined ? [] : await findUnits(req, { and: [{ ancestors: { in: [root] } }, ...below] })
        if (root !== undefined) recordTags(UNITS_TAG, belowTag('news', root))
        return req.payload.find({
          collection: 'news',
          depth: 0,
          limit: Math.min(Math.max(args.limit, 1), MAX_PAGE_SIZE),
          locale: requestedLocale(req, args.locale),
          overrideAccess: true,
          page: Math.max(args.page, 1),
          req,
          sort: '-publishedAt',
          where: { and: [{ _status: { equals: 'published' } }, { unit: { in: units.map((unit) => unit.id) } }] },
        })
      },
      type: new GraphQLNonNull(LatestNews),
    },
  }
}

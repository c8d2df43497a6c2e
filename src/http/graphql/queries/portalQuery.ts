import type { GraphQLExtension, PayloadRequest } from 'payload'

import { type Id, idOf } from '../../../base/ids'
import { namedOrPortalUnitId } from '../../../../tenants/portalUnit'
import { requestedLocale } from '../../../base/locale'

/**
 * `portal(unit)`: what every page of a portal needs about its unit in one request: the unit, its chain of parent
 * units (province first), its active sub-units, and its published profile.
 */
export const portalQuery: GraphQLExtension = (GraphQL, { collections }) => {
  const { GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const Unit = collections.units!.graphQL!.type
  const UnitProfile = collections['unit-profiles']!.graphQL!.type
  const Portal = new GraphQLObjectType({
    name: 'Portal',
    fields: {
      ancestors: {
        description: 'Parent units, the province first.',
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Unit))),
      },
      children: {
        description: 'Active sub-units, by name.',
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Unit))),
      },
      profile: { description: 'The published unit profile (Decree 224 Art. 9), if any.', type: UnitProfile },
      unit: { type: new GraphQLNonNull(Unit) },
    },
  })
  return {
    portal: {
      args: {
        locale: { type: GraphQLString },
        unit: {
          description: 'Slug or code; defaults to the portal of the request (Host or X-Portal-Unit).',
          type: GraphQLString,
        },
      },
      resolve: async (_root: unknown, args: { locale?: string; unit?: string }, context: { req: PayloadRequest }) => {
        const { req } = context
        const id = await namedOrPortalUnitId(req, args.unit)
        if (id === undefined) return null
        const locale = requestedLocale(req, args.locale)
        const read = { depth: 0, locale, overrideAccess: false, req } as const
        const unit = await req.payload.findByID({ ...read, collection: 'units', id })
        const ancestorIds = (unit.ancestors ?? []).map(idOf).filter((each): each is Id => each !== undefined)
        const [ancestors, children, profiles] = await Promise.all([
          ancestorIds.length
            ? req.payload.find({
                ...read,
                collection: 'units',
                limit: ancestorIds.length,
                pagination: false,
                where: { id: { in: ancestorIds } },
              })
            : { docs: [] },
          req.payload.find({
            ...read,
            collection: 'units',
            pagination: false,
            sort: 'name',
            where: { and: [{ parent: { equals: id } }, { status: { equals: 'active' } }] },
          }),
          req.payload.find({
            ...read,
            collection: 'unit-profiles',
            limit: 1,
            where: { and: [{ unit: { equals: id } }, { _status: { equals: 'published' } }] },
          }),
        ])
        const order = new Map(ancestorIds.map((ancestor, index) => [String(ancestor), index]))
        return {
          ancestors: [...ancestors.docs].sort((a, b) => order.get(String(a.id))! - order.get(String(b.id))!),
          children: children.docs,
          profile: profiles.docs[0] ?? null,
          unit,
        }
      },
      type: Portal,
    },
  }
}

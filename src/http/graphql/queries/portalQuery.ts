import type { GraphQLExtension, PayloadRequest } from 'payload'

import { idsOf } from '../../../base/ids'
import { resolveAddress } from '../../../reorganisation/address'
import { requestedLocale } from '../../../base/locale'

/**
 * `portal(unit)`: what every page of a portal needs about its unit in one request: the unit, its chain of parent
 * units (province first), its active sub-units, and its published profile.
 */
export const portalQuery: GraphQLExtension = (GraphQL, { collections }) => {
  const { GraphQLBoolean, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
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
      redirectTo: {
        description:
          'Set when the portal was named by an old address (a unit merged or abolished in a reorganisation, or a ' +
          'former slug or domain): the active unit that took it over. Redirect permanently (301/308) to its domain.',
        type: Unit,
      },
      unit: { type: new GraphQLNonNull(Unit) },
    },
  })
  const AddressItem = new GraphQLObjectType({
    name: 'AddressItem',
    fields: {
      collection: { type: new GraphQLNonNull(GraphQLString) },
      id: { type: new GraphQLNonNull(GraphQLString) },
      slug: {
        description: 'Its slug now (changed if the successor already used the old one).',
        type: new GraphQLNonNull(GraphQLString),
      },
    },
  })
  const Address = new GraphQLObjectType({
    name: 'Address',
    fields: {
      item: { description: 'The item the old address named, at its address now.', type: AddressItem },
      redirect: {
        description: 'The address is an old one: redirect permanently (301/308) to the unit (and item) here.',
        type: new GraphQLNonNull(GraphQLBoolean),
      },
      unit: { description: 'The active unit the address leads to now.', type: new GraphQLNonNull(Unit) },
    },
  })
  return {
    address: {
      args: {
        collection: { description: 'news or news-categories, with slug.', type: GraphQLString },
        slug: { description: "An item's slug at the old address.", type: GraphQLString },
        unit: {
          description: 'Slug, code or domain (current or former); defaults to the portal of the request.',
          type: GraphQLString,
        },
      },
      description: 'Where an address leads after reorganisations (mergers, abolitions, renames).',
      resolve: async (
        _root: unknown,
        args: { collection?: string; slug?: string; unit?: string },
        { req }: { req: PayloadRequest },
      ) => {
        const found = await resolveAddress(req, args)
        if (!found) return null
        const unit = await req.payload.findByID({ collection: 'units', depth: 0, id: found.unit.id, req })
        return { item: found.item && { ...found.item, id: String(found.item.id) }, redirect: found.redirect, unit }
      },
      type: Address,
    },
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
        const found = await resolveAddress(req, { unit: args.unit })
        if (!found) return null
        const { id } = found.named
        const locale = requestedLocale(req, args.locale)
        const read = { depth: 0, locale, overrideAccess: false, req } as const
        const [unit, redirectTo] = await Promise.all([
          req.payload.findByID({ ...read, collection: 'units', id }),
          found.redirect ? req.payload.findByID({ ...read, collection: 'units', id: found.unit.id }) : null,
        ])
        const ancestorIds = idsOf(unit.ancestors)
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
          redirectTo,
          unit,
        }
      },
      type: Portal,
    },
  }
}

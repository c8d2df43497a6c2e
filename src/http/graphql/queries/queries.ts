import type { GraphQLExtension } from 'payload'

import { latestNewsQuery } from './latestNewsQuery'
import { portalQuery } from './portalQuery'
import { procedureFieldsQuery } from './procedureFieldsQuery'
import { searchQuery } from './searchQuery'

/** Our GraphQL queries, beside the ones Payload generates for each collection. */
export const portalQueries: GraphQLExtension = (GraphQL, context) => ({
  ...portalQuery(GraphQL, context),
  ...latestNewsQuery(GraphQL, context),
  ...procedureFieldsQuery(GraphQL, context),
  ...searchQuery(GraphQL, context),
})

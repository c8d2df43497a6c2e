import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'
import type { SanitizedConfig } from 'payload'

/** The GraphQL schema frontends build against, as SDL text (committed as schema.graphql). */
export const schemaText = (config: SanitizedConfig): string => `${printSchema(configToSchema(config).schema)}\n`

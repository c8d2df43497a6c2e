import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'

import { buildConfig, type CollectionConfig, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { Contacts } from '../../collections/Contacts'
import { Files } from '../../collections/Files'
import { LegalDocuments } from '../../collections/LegalDocuments'
import { Media } from '../../collections/Media'
import { News } from '../../collections/News'
import { NewsCategories } from '../../collections/NewsCategories'
import { Procedures } from '../../collections/Procedures'
import { UnitProfiles } from '../../collections/UnitProfiles'
import { Users } from '../../collections/Users'
import { WebhookDeliveries } from '../../collections/WebhookDeliveries'
import { Webhooks } from '../../collections/Webhooks'
import { linksToAncestorUnits } from '../../tenants/linksToAncestorUnits'
import { tenancyPlugin } from '../../tenants/plugin'
import { Units } from '../../tenants/Units'
import { createDatabaseAdapter } from '../db/adapter'
import { portalQueries } from '../graphql/queries'
import { GRAPHQL_LIMITS, graphqlLimitRules } from '../limits/graphqlLimits'
import { searchEndpoint } from '../search/searchEndpoint'
import { storeNfc } from '../text/storeNfc'
import { invalidateOnChange, invalidateOnDelete, trackDocs, trackReads } from '../cache/hooks'
import { memoryStore } from '../cache/memoryStore'
import { redisStore } from '../cache/redisStore'
import type { CacheStore } from '../cache/store'
import { deliverWebhookTask } from '../webhooks/deliverTask'
import { WEBHOOK_COLLECTIONS } from '../webhooks/events'
import { notifyOnChange, notifyOnDelete, WEBHOOK_QUEUE } from '../webhooks/queueDeliveries'
import { runtimeSettings } from './custom'
import { loggerConfig } from './logger'
import type { Settings } from './settings'

/** Payload's estimate of a query's cost (each field 1, relationships more); a portal home page is far below it. */
const GRAPHQL_MAX_COMPLEXITY = 1000

/** The largest image Payload reads in (its own default); documents may be allowed more by MAX_DOCUMENT_MB. */
const UPLOAD_CEILING = 20 * 1024 * 1024

/** Every upload collection keeps its files in its own folder under UPLOADS_DIR. */
const storeUploadsUnder = (uploadsDir: string) => (collection: CollectionConfig): CollectionConfig =>
  collection.upload
    ? {
        ...collection,
        upload: {
          ...(collection.upload === true ? {} : collection.upload),
          staticDir: path.join(uploadsDir, collection.slug),
        },
      }
    : collection

/**
 * Plugins change the collections they are given in place (access, fields, admin filters). Each config gets its
 * own copies, so building a config twice in one process (tests, the migration writer) never stacks changes.
 */
const freshCopy = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: { ...collection.access },
  admin: { ...collection.admin },
  fields: [...collection.fields],
  hooks: { ...collection.hooks },
})

/** Collections anonymous requests can never read: no cached answer depends on them, so their writes (a delivery
 * log entry per webhook attempt, say) invalidate nothing. */
const NEVER_PUBLIC = new Set(['users', 'webhooks', 'webhook-deliveries'])

/**
 * What every collection gets: text stored in NFC, the cache's dependency tracking and invalidation, and for
 * public content the portals' webhooks.
 */
const withSharedHooks = (collection: CollectionConfig): CollectionConfig => {
  const own = collection.hooks ?? {}
  const cached = !NEVER_PUBLIC.has(collection.slug)
  const notifies = (WEBHOOK_COLLECTIONS as readonly string[]).includes(collection.slug)
  return {
    ...collection,
    hooks: {
      ...own,
      afterChange: [...(own.afterChange ?? []), ...(cached ? [invalidateOnChange] : []), ...(notifies ? [notifyOnChange] : [])],
      afterDelete: [...(own.afterDelete ?? []), ...(cached ? [invalidateOnDelete] : []), ...(notifies ? [notifyOnDelete] : [])],
      afterRead: [...(own.afterRead ?? []), ...(cached ? [trackDocs] : [])],
      beforeOperation: [...(cached ? [trackReads] : []), ...(own.beforeOperation ?? [])],
      beforeValidate: [storeNfc, ...(own.beforeValidate ?? [])],
    },
  }
}

const createCacheStore = ({ cache }: Settings): CacheStore | undefined =>
  !cache.enabled ? undefined : cache.redisUrl ? redisStore(cache.redisUrl, cache.prefix, cache.commitGraceMs) : memoryStore(cache.maxEntries, cache.commitGraceMs)

/**
 * The whole Payload configuration, built from validated settings. `payload.config.ts` calls it with the
 * process environment; tests call it with their own database and secret.
 */
export const createConfig = async (settings: Settings): Promise<SanitizedConfig> =>
  buildConfig({
    admin: {
      meta: { titleSuffix: ' · Cổng thông tin điện tử' },
      user: Users.slug,
    },
    collections: [Units, Users, UnitProfiles, News, NewsCategories, Procedures, LegalDocuments, Contacts, Media, Files, Webhooks, WebhookDeliveries].map(freshCopy).map(storeUploadsUnder(settings.uploadsDir)).map(withSharedHooks),
    csrf: [settings.serverUrl, ...settings.corsOrigins],
    custom: { cache: createCacheStore(settings), settings: runtimeSettings(settings) },
    db: await createDatabaseAdapter(settings.database),
    editor: lexicalEditor(),
    endpoints: [searchEndpoint],
    graphQL: {
      // Introspection follows GRAPHQL_EXPLORER (src/limits/graphqlLimits.ts), not Payload's NODE_ENV check.
      disableIntrospectionInProduction: false,
      disablePlaygroundInProduction: !settings.graphqlExplorer,
      maxComplexity: GRAPHQL_MAX_COMPLEXITY,
      queries: portalQueries,
      validationRules: graphqlLimitRules({ ...GRAPHQL_LIMITS, introspection: settings.graphqlExplorer }),
      schemaOutputFile: 'schema.graphql',
    },
    i18n: {
      fallbackLanguage: 'vi',
      supportedLanguages: { en, vi },
    },
    plugins: [tenancyPlugin(), linksToAncestorUnits()],
    localization: {
      defaultLocale: 'vi',
      fallback: true,
      locales: [
        { code: 'vi', label: 'Tiếng Việt' },
        { code: 'en', label: 'English' },
      ],
    },
    // Scheduled publishing: due jobs run on JOBS_CRON (every minute) in processes with RUN_JOBS on (the server).
    jobs: {
      autoRun: [
        { cron: settings.jobsCron, limit: 100, queue: 'default' },
        { cron: settings.jobsCron, limit: 100, queue: WEBHOOK_QUEUE },
      ],
      shouldAutoRun: () => settings.runJobs,
      tasks: [deliverWebhookTask({ attempts: settings.webhooks.attempts, delayMs: settings.webhooks.retryDelayMs })],
    },
    logger: loggerConfig(settings),
    secret: settings.secret,
    serverURL: settings.serverUrl,
    sharp,
    telemetry: false,
    // Uploads larger than this are cut off while they arrive (413); documents get their own, clearer limit first.
    upload: {
      limits: { fileSize: Math.max(settings.maxDocumentBytes + 1, UPLOAD_CEILING) },
      requestSizeLimit: Math.max(settings.maxDocumentBytes + 1, UPLOAD_CEILING) + 1024 * 1024,
    },
    // Types are generated on purpose (`npm run generate:types`), not in the background on every start.
    typescript: { autoGenerate: false, outputFile: 'payload-types.ts' },
  })

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'

import { buildConfig, type CollectionConfig, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { AuditEntries } from '../../collections/AuditEntries'
import { Contacts } from '../../collections/Contacts'
import { FieldCounts } from '../../collections/FieldCounts'
import { Files } from '../../collections/Files'
import { IdempotencyKeys } from '../../collections/IdempotencyKeys'
import { LegalDocuments } from '../../collections/LegalDocuments'
import { Media } from '../../collections/Media'
import { News } from '../../collections/News'
import { Notifications } from '../../collections/Notifications'
import { NewsCategories } from '../../collections/NewsCategories'
import { Procedures } from '../../collections/Procedures'
import { UnitProfiles } from '../../collections/UnitProfiles'
import { Invitations } from '../../tenants/Invitations'
import { Users } from '../../tenants/Users/index'
import { WebhookDeliveries } from '../../collections/WebhookDeliveries'
import { Webhooks } from '../../collections/Webhooks'
import { Units } from '../../tenants/Units'
import { createDatabaseAdapter } from '../db/adapter'
import { edgePurger } from '../cache/edgePurge'
import { portalQueries } from '../http/graphql/queries/queries'
import { GRAPHQL_LIMITS, graphqlLimitRules } from '../http/graphql/limits'
import { answerDatabaseOutage } from '../http/databaseOutage'
import { answerInRequestLanguage } from '../http/errorLanguage'
import { auditExportEndpoint } from '../http/endpoints/auditExport'
import { addressEndpoint } from '../http/endpoints/address'
import { choicesEndpoint } from '../http/endpoints/choices'
import { importProceduresEndpoint } from '../http/endpoints/importEndpoint'
import { importFilesEndpoints } from '../http/endpoints/importFilesEndpoint'
import { reorganisationEndpoints } from '../http/endpoints/reorganisationEndpoint'
import { unitArchiveEndpoints } from '../http/endpoints/unitArchiveEndpoint'
import { previewEndpoint } from '../http/endpoints/preview'
import { searchEndpoint } from '../http/endpoints/search'
import { memoryStore } from '../cache/memoryStore'
import { smtpAdapter } from '../email/smtpAdapter'
import { redisStore } from '../cache/redisStore'
import type { CacheStore } from '../cache/store'
import { deliverWebhookTask } from '../webhooks/deliverTask'
import { WEBHOOK_QUEUE } from '../webhooks/queueDeliveries'
import { featurePlugins } from '../plugins'
import { reportScheduleFailures } from '../internals/schedulePublishJob'
import { tellSchedulerOfFailure } from '../publishing/scheduleFailures'
import { runtimeSettings } from '../settings/runtime'
import { vietnameseErrors, vietnameseInterface } from './vietnamese'
import { loggerConfig } from '../settings/logger'
import { type Settings, uploadLimits } from '../settings/settings'

/** Payload's estimate of a query's cost (each field 1, relationships more); a portal home page is far below it. */
const GRAPHQL_MAX_COMPLEXITY = 1000

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

/** The collections of the product, each one folder with its declaration (src/declaration); the plugins do the rest. */
export const COLLECTIONS: CollectionConfig[] = [
  Units,
  Users,
  Invitations,
  UnitProfiles,
  News,
  NewsCategories,
  Procedures,
  LegalDocuments,
  Contacts,
  Media,
  Files,
  Webhooks,
  WebhookDeliveries,
  IdempotencyKeys,
  FieldCounts,
  Notifications,
  AuditEntries,
]

const createCacheStore = ({ cache }: Settings): CacheStore | undefined =>
  !cache.enabled ? undefined : cache.redisUrl ? redisStore(cache.redisUrl, cache.prefix, cache) : memoryStore(cache)

/**
 * The whole Payload configuration, built from validated settings. `payload.config.ts` calls it with the
 * process environment; tests call it with their own database and secret.
 */
export const createConfig = async (
  settings: Settings,
  collections: CollectionConfig[] = COLLECTIONS,
): Promise<SanitizedConfig> => {
  const config = await buildConfig({
    admin: {
      // Payload's own avatar: the Gravatar default loads an image from gravatar.com, which our CSP refuses.
      avatar: 'default',
      components: {
        // The work of the person's units, above the collection cards.
        beforeDashboard: ['/src/admin/Dashboard#Dashboard'],
        // The page an invitation's link opens (tenants/provisioning/inviteUser.ts).
        views: {
          // Importing procedures from a file, for unit admins (src/imports).
          import: { Component: '/src/admin/ImportView#ImportView', path: '/import' },
          // Reorganising units from a plan file, for province administrators (src/reorganisation).
          reorganise: { Component: '/src/admin/ReorganiseView#ReorganiseView', path: '/reorganise' },
          // Moving a unit's content to or from an archive, for province administrators (src/unitTransfer).
          unitTransfer: { Component: '/src/admin/UnitTransferView#UnitTransferView', path: '/unit-transfer' },
          welcome: { Component: '/src/admin/WelcomeView#WelcomeView', path: '/welcome' },
        },
        afterNavLinks: [
          '/src/admin/ImportLink#ImportLink',
          '/src/admin/ReorganiseLink#ReorganiseLink',
          '/src/admin/UnitTransferLink#UnitTransferLink',
        ],
      },
      // Vietnamese dates: day first, 24-hour clock (Payload's default reads "tháng 11 27 2026, 11:55 AM").
      dateFormat: 'dd/MM/yyyy HH:mm',
      meta: { titleSuffix: ' · Cổng thông tin điện tử' },
      timezones: {
        defaultTimezone: 'Asia/Ho_Chi_Minh',
        supportedTimezones: [{ label: 'Giờ Việt Nam (UTC+7)', value: 'Asia/Ho_Chi_Minh' }],
      },
      user: Users.slug,
    },
    collections: collections.map(freshCopy),
    csrf: [settings.serverUrl, ...settings.corsOrigins],
    custom: { cache: createCacheStore(settings), edge: edgePurger(settings.edge), settings: runtimeSettings(settings) },
    db: await createDatabaseAdapter(settings.database),
    editor: lexicalEditor(),
    // Without SMTP_URL, Payload's console adapter writes messages to the log.
    email: settings.email.smtpUrl
      ? smtpAdapter({ from: settings.email.from, fromName: settings.email.fromName, url: settings.email.smtpUrl })
      : undefined,
    endpoints: [
      searchEndpoint,
      previewEndpoint,
      choicesEndpoint,
      auditExportEndpoint,
      importProceduresEndpoint,
      ...importFilesEndpoints,
      addressEndpoint,
      ...reorganisationEndpoints,
      ...unitArchiveEndpoints,
    ],
    hooks: { afterError: [answerDatabaseOutage, answerInRequestLanguage] },
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
      translations: { vi: { ...vietnameseInterface, error: vietnameseErrors } },
    },
    plugins: featurePlugins({ idempotencyTtlMs: settings.idempotencyTtlMs, uploadsDir: settings.uploadsDir }),
    localization: {
      defaultLocale: 'vi',
      fallback: true,
      locales: [
        // Plain labels: field labels carry them ("Tiêu đề — Tiếng Việt"), where a translated label shows the code.
        { code: 'vi', label: 'Tiếng Việt' },
        { code: 'en', label: 'Tiếng Anh' },
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
      limits: { fileSize: uploadLimits(settings).fileSize },
      requestSizeLimit: uploadLimits(settings).requestSize,
    },
    // Types are generated on purpose (`npm run generate:types`), not in the background on every start.
    typescript: { autoGenerate: false, outputFile: 'payload-types.ts' },
  })
  // A scheduled publication that fails at its time is reported to the person who scheduled it.
  return reportScheduleFailures(config, tellSchedulerOfFailure)
}

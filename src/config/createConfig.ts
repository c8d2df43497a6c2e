import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { Media } from '../../collections/Media'
import { Users } from '../../collections/Users'
import { createDatabaseAdapter } from '../db/adapter'
import type { Settings } from './settings'

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
    collections: [Users, Media],
    csrf: [settings.serverUrl, ...settings.corsOrigins],
    db: await createDatabaseAdapter(settings.database),
    editor: lexicalEditor(),
    graphQL: {
      disablePlaygroundInProduction: true,
      schemaOutputFile: 'schema.graphql',
    },
    i18n: {
      fallbackLanguage: 'vi',
      supportedLanguages: { en, vi },
    },
    localization: {
      defaultLocale: 'vi',
      fallback: true,
      locales: [
        { code: 'vi', label: 'Tiếng Việt' },
        { code: 'en', label: 'English' },
      ],
    },
    secret: settings.secret,
    serverURL: settings.serverUrl,
    sharp,
    telemetry: false,
    typescript: { outputFile: 'payload-types.ts' },
  })

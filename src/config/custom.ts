import type { Payload, PayloadRequest } from 'payload'

import type { CacheStore } from '../cache/store'

import type { Settings } from './settings'

/** What hooks, fields and the server need at run time, kept on the Payload config (`config.custom`). */
export type RuntimeSettings = Pick<Settings, 'maxDocumentBytes' | 'nationalProcedureUrl'>

export const runtimeSettings = (settings: Settings): RuntimeSettings => ({
  maxDocumentBytes: settings.maxDocumentBytes,
  nationalProcedureUrl: settings.nationalProcedureUrl,
})

export const runtimeSettingsOf = (req: PayloadRequest): RuntimeSettings =>
  (req.payload.config.custom as { settings: RuntimeSettings }).settings

/** The GraphQL answer cache of this configuration (undefined with CACHE=false). */
export const cacheStoreOf = (payload: Payload): CacheStore | undefined => (payload.config.custom as { cache?: CacheStore }).cache

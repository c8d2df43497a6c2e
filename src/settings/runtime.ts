import type { PayloadRequest } from 'payload'

import type { Settings } from './settings'

/** What hooks, fields and the server need at run time, kept on the Payload config (`config.custom`). */
export type RuntimeSettings = Pick<
  Settings,
  'maxDocumentBytes' | 'maxImagePixels' | 'nationalProcedureUrl' | 'uploadsDir'
>

export const runtimeSettings = (settings: Settings): RuntimeSettings => ({
  maxDocumentBytes: settings.maxDocumentBytes,
  maxImagePixels: settings.maxImagePixels,
  nationalProcedureUrl: settings.nationalProcedureUrl,
  uploadsDir: settings.uploadsDir,
})

export const runtimeSettingsOf = (req: PayloadRequest): RuntimeSettings =>
  (req.payload.config.custom as { settings: RuntimeSettings }).settings

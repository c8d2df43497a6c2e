import type { FieldHook } from 'payload'

import { runtimeSettingsOf } from '../../../src/settings/runtime'

/** The procedure's page on the national public-service portal, from its code (template: NATIONAL_PROCEDURE_URL). */
export const nationalPortalUrl: FieldHook = ({ req, siblingData }) => {
  const code = siblingData?.code
  if (typeof code !== 'string' || !code) return null
  return runtimeSettingsOf(req).nationalProcedureUrl.replaceAll('{code}', encodeURIComponent(code))
}

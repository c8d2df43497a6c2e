/* Payload's admin shell, as in Payload's templates. The API routes are served by Express, not by Next.js. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { headers } from 'next/headers'
import { getPayload, type ServerFunctionClient } from 'payload'
import type React from 'react'

import { recordDrawerSchedule } from '../../src/audit/schedule'
import { drawerScheduleRefusal } from '../../src/publishing/scheduleChecks'
import { importMap } from './admin/importMap.js'
import './custom.scss'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  if (args.name !== 'schedule-publish') return handleServerFunctions({ ...args, config, importMap })
  const payload = await getPayload({ config })
  const refusal = await drawerScheduleRefusal(payload, await headers(), args.args as never)
  if (refusal) return { error: refusal }
  const result = await handleServerFunctions({ ...args, config, importMap })
  // Scheduled from the drawer: recorded in the audit log like the REST endpoint's.
  if (!(result as { error?: unknown } | undefined)?.error)
    await recordDrawerSchedule(payload, await headers(), args.args as never)
  return result
}

const Layout = ({ children }: { children: React.ReactNode }) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout

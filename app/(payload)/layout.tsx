/* Payload's admin shell, as in Payload's templates. The API routes are served by Express, not by Next.js. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { headers } from 'next/headers'
import { getPayload, type ServerFunctionClient } from 'payload'
import type React from 'react'

import { drawerScheduleRefusal } from '../../src/publishing/scheduleChecks'
import { importMap } from './admin/importMap.js'
import './custom.scss'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  if (args.name === 'schedule-publish') {
    const payload = await getPayload({ config })
    const refusal = await drawerScheduleRefusal(payload, await headers(), args.args as never)
    if (refusal) return { error: refusal }
  }
  return handleServerFunctions({ ...args, config, importMap })
}

const Layout = ({ children }: { children: React.ReactNode }) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout

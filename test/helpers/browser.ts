import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'

/** Debian's Chromium, as the machine image provides it (apt package `chromium`, installed by .ci/run). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const hasChromium = fs.existsSync(CHROMIUM) || Boolean(process.env.CI)

// CI installs Chromium and must run these; on a developer machine without it they are reported as skipped.
export const needsChromium = hasChromium ? describe : describe.skip
if (!fs.existsSync(CHROMIUM)) process.stderr.write(`No Chromium at ${CHROMIUM}: apt-get install chromium\n`)

export const launchBrowser = (): Promise<Browser> => chromium.launch({ args: CHROMIUM_FLAGS, executablePath: CHROMIUM })

/** Signs in through the admin panel's login form, as a person would. */
export const signIn = async (page: Page, baseUrl: string, email: string, password: string) => {
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}

/** Where screenshots of a browser test go, to be looked at (os.tmpdir()/portal-admin-<name>.png). */
export const screenshotPath = (name: string) => path.join(os.tmpdir(), `portal-admin-${name}.png`)

/** Ends a browser test: the browser, then the server process, then its database (each only if it started). */
export const tearDown = async ({
  browser,
  database,
  server,
}: {
  browser?: Browser
  database?: { drop: () => Promise<void> }
  server?: { child: { kill: (signal: NodeJS.Signals) => boolean }; exited: Promise<unknown> }
}) => {
  await browser?.close()
  server?.child.kill('SIGTERM')
  await server?.exited
  await database?.drop()
}

/**
 * Opens an admin page and waits until its scripts have loaded (no request for 500 ms): a form typed into before
 * React has taken it over loses what was typed, and its selects open nothing. Under the CI's load (two test runs
 * side by side) that took seconds.
 */
export const openAdminPage = async (page: Page, url: string) => {
  await page.goto(url)
  await page.waitForLoadState('networkidle')
}

/**
 * Picks an option of a select field of Payload's form (react-select, `rs__` classes) by its text, clicking the
 * field again while its options do not show (a click the page was not ready for), at most `tries` times.
 */
export const chooseOption = async (page: Page, fieldId: string, option: string, tries = 5) => {
  const choice = page.locator('.rs__option', { hasText: option }).first()
  for (let attempt = 1; ; attempt++) {
    await page.locator(`#${fieldId}`).click()
    try {
      await choice.waitFor({ timeout: 5000 })
      break
    } catch (error) {
      if (attempt >= tries) throw error
    }
  }
  await choice.click()
}

import type { Page } from 'playwright-core'
import type { Browser } from 'playwright-core'

import { createConfig } from '../../src/config/createConfig'
import { readSettings } from '../../src/settings/settings'
import { launchBrowser, needsChromium, screenshotPath, signIn, tearDown } from '../helpers/browser'
import { englishStrings, FOREIGN_FORMS } from '../helpers/englishStrings'
import { json, login, registerFirstUser } from '../helpers/http'
import { freePort } from '../helpers/ports'
import { startServerProcess, type ServerProcess } from '../helpers/spawnServer'
import { UNIT_CODES } from '../helpers/tenancyFixtures'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { testEnvironment } from '../helpers/testServer'

let database: TestDatabase
let server: ServerProcess
let browser: Browser
const admin = { email: 'tinh@tiengiang.gov.vn', password: 'mat-khau-tinh-1' }
/** One item of each content collection, so that edit and version views exist. */
const items: Record<string, number | string> = {}

/** The collections a person works with in the panel (Payload's own, jobs and preferences, are hidden). */
const COLLECTIONS = [
  'units',
  'users',
  'invitations',
  'unit-profiles',
  'news',
  'news-categories',
  'procedures',
  'legal-documents',
  'contacts',
  'media',
  'files',
  'notifications',
  'webhooks',
  'webhook-deliveries',
]

beforeAll(async () => {
  database = await createTestDatabase()
  // A fixed port, so that SERVER_URL (which some admin redirects use) names the real address.
  server = await startServerProcess(testEnvironment(database, { PORT: String(await freePort()), TZ: 'UTC' }), [])
  browser = await launchBrowser()
}, 120_000)
afterAll(async () => {
  await tearDown({ browser, database, server })
})

/** Every piece of text a person sees on the page: text nodes, placeholders, titles and labels for the blind. */
const visibleTexts = (page: Page) =>
  page.evaluate(() => {
    const texts: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest('script, style, noscript, [hidden]')) continue
      const text = node.textContent?.trim()
      if (text) texts.push(text)
    }
    // What fields show, dates above all ("27/11/2026 11:45", not "thg 11 27, 2026 11:45 AM").
    for (const input of document.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type])')) {
      if (input.value.trim()) texts.push(input.value.trim())
    }
    for (const element of document.querySelectorAll('[placeholder], [title], [aria-label]')) {
      for (const name of ['placeholder', 'title', 'aria-label']) {
        const value = element.getAttribute(name)?.trim()
        if (value) texts.push(value)
      }
    }
    return texts
  })

const viewsOf = (collection: string): string[] => {
  const base = `/admin/collections/${collection}`
  const views = [base]
  if (!['notifications', 'webhook-deliveries', 'unit-profiles'].includes(collection)) views.push(`${base}/create`)
  if (items[collection] !== undefined) views.push(`${base}/${items[collection]}`)
  if (['news', 'procedures', 'legal-documents'].includes(collection))
    views.push(`${base}/${items[collection]}/versions`)
  return views
}

/** The first person, then one item of each content collection, so that edit and version views exist. */
const createWorld = async () => {
  await registerFirstUser(server.url, admin)
  const session = await login(server.url, admin.email, admin.password)
  const unit = (await json(await fetch(`${server.url}/api/units?where[code][equals]=${UNIT_CODES.C1}`))).body.docs[0].id
  const create = async (collection: string, data: Record<string, unknown>) => {
    const { body, status } = await json(
      await fetch(`${server.url}/api/${collection}`, {
        body: JSON.stringify({ unit, ...data }),
        headers: { ...session.headers, 'content-type': 'application/json' },
        method: 'POST',
      }),
    )
    if (status !== 201) throw new Error(`${collection}: ${status} ${JSON.stringify(body)}`)
    items[collection] = body.doc.id
  }
  await create('news-categories', { name: 'Tin hoạt động' })
  await create('news', { _status: 'published', featured: true, title: 'Khai mạc hội chợ nông sản' })
  await create('procedures', { code: '1.001234', name: 'Đăng ký khai sinh' })
  await create('legal-documents', { issuedAt: '2026-03-15', numberAndSymbol: '15/2026/QĐ-UBND', summary: 'Quy định' })
  await create('contacts', { kind: 'office', name: 'Văn phòng Ủy ban nhân dân' })
  items.units = unit
}

needsChromium('the admin panel speaks Vietnamese everywhere', () => {
  it('shows no English, no 12-hour clock and no month-first dates on any view', async () => {
    const config = await createConfig(readSettings({ DATABASE_URI: 'file::memory:', PAYLOAD_SECRET: 'x'.repeat(32) }))
    const { exact, patterns } = englishStrings(config)
    const page = await browser.newPage({ locale: 'en-US', timezoneId: 'UTC' })
    const problems: string[] = []
    const look = async (view: string) => {
      await page.goto(`${server.url}${view}`).catch((error: Error) => {
        throw new Error(`${view}: ${error.message}\n--- server output ---\n${server.output().slice(-4000)}`)
      })
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(300)
      for (const text of new Set(await visibleTexts(page))) {
        if (exact.has(text) || patterns.some((pattern) => pattern.test(text))) problems.push(`${view}: "${text}"`)
        for (const [form, what] of FOREIGN_FORMS) if (form.test(text)) problems.push(`${view}: ${what}: "${text}"`)
      }
      await page.screenshot({ fullPage: true, path: screenshotPath(`vi${view.replace(/[^a-z0-9]+/gi, '-')}`) })
    }

    // A fresh instance: the first person becomes a super-admin, and the form says so.
    await look('/admin/create-first-user')
    expect(await page.isChecked('input[name="isSuperAdmin"]')).toBe(true)
    await createWorld()
    await look('/admin/login')
    await look('/admin/forgot')
    await signIn(page, server.url, admin.email, admin.password)
    const pages = ['/admin', '/admin/account', '/admin/import', '/admin/reorganise', '/admin/unit-transfer']
    for (const view of [...pages, ...COLLECTIONS.flatMap(viewsOf)]) await look(view)
    expect(problems).toEqual([])
    await page.close()
  }, 240_000)
})

import type { Browser } from 'playwright-core'

import {
  hasChromium,
  launchBrowser,
  needsChromium,
  openAdminPage,
  screenshotPath,
  signIn,
  tearDown,
} from '../helpers/browser'
import { registerFirstUser } from '../helpers/http'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { startServerProcess, type ServerProcess } from '../helpers/spawnServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { testEnvironment } from '../helpers/testServer'

let mailbox: Mailbox
let database: TestDatabase
let server: ServerProcess
let browser: Browser
const admin = { email: 'tinh@tiengiang.gov.vn', password: 'mat-khau-tinh-1' }

beforeAll(async () => {
  if (!hasChromium) return
  mailbox = await startMailbox()
  database = await createTestDatabase()
  server = await startServerProcess(testEnvironment(database, { SMTP_URL: `smtp://127.0.0.1:${mailbox.port}` }), [])
  await registerFirstUser(server.url, admin)
  browser = await launchBrowser()
}, 120_000)
afterAll(async () => {
  await tearDown({ browser, database, server })
  await mailbox?.close()
})

needsChromium('inviting a person from the admin panel', () => {
  it('an admin invites by email to a unit found by its code; the person sets a password on the welcome page', async () => {
    const page = await browser.newPage({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
    await signIn(page, server.url, admin.email, admin.password)
    await openAdminPage(page, `${server.url}/admin/collections/invitations/create`)
    await page.fill('input[name="email"]', 'bientap.moi@phuong1.gov.vn')
    await page.fill('input[name="name"]', 'Lê Văn Mới')
    await page.locator('#field-unit').click()
    await page.keyboard.type('28261')
    await page.getByText('Phường 1 – TP Mỹ Tho (28261)').click()
    await page.screenshot({ fullPage: true, path: screenshotPath('invitation-create') })
    await page.keyboard.press('Control+s')
    await page.waitForURL((url) => /\/invitations\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/create'))
    await page.getByText('Đang chờ').first().waitFor()

    const mail = await mailbox.mailTo('bientap.moi@phuong1.gov.vn')
    expect(mail.subject).toBe('Lời mời sử dụng hệ thống cổng thông tin điện tử')
    const link = /https?:\/\/\S+\/admin\/welcome\/[0-9a-f]+/.exec(String(mail.text))?.[0]
    expect(link).toBeDefined()

    const invited = await browser.newPage({ locale: 'vi-VN' })
    await invited.goto(new URL(new URL(link!).pathname, server.url).toString())
    await invited.getByText('Chào mừng').first().waitFor()
    // As a person would: type once the form runs (its button is enabled then), not into the server-rendered page.
    await invited.waitForSelector('button[type="submit"]:not([disabled])')
    await invited.screenshot({ fullPage: true, path: screenshotPath('welcome') })
    await invited.fill('input[name="password"]', 'mat-khau-cua-toi-1')
    await invited.fill('input[name="confirm-password"]', 'mat-khau-cua-toi-1')
    await invited.getByRole('button', { name: 'Đặt mật khẩu và bắt đầu' }).click()
    // Setting the password signs the person in and opens the dashboard, the first admin page this browser loads:
    // on a loaded CI machine that has taken more than Playwright's default 30 s.
    await invited.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 90_000 })
    const me = await invited.evaluate(
      async () => (await (await fetch('/api/users/me')).json()) as { user?: { email?: string } },
    )
    expect(me.user?.email).toBe('bientap.moi@phuong1.gov.vn')

    await page.goto(`${server.url}/admin/collections/invitations`)
    await page.getByText('Đã nhận').first().waitFor()
    await page.screenshot({ fullPage: true, path: screenshotPath('invitations-list') })
    await invited.close()
    await page.close()
  }, 180_000)
})

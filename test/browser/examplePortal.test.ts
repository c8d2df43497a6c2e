import type { Browser } from 'playwright-core'

import { hasChromium, launchBrowser, needsChromium, tearDown } from '../helpers/browser'
import { json, login, registerFirstUser } from '../helpers/http'
import { startServerProcess, type ServerProcess } from '../helpers/spawnServer'
import { UNIT_CODES } from '../helpers/tenancyFixtures'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { testEnvironment } from '../helpers/testServer'

let database: TestDatabase
let server: ServerProcess
let browser: Browser

beforeAll(async () => {
  if (!hasChromium) return
  database = await createTestDatabase()
  server = await startServerProcess(testEnvironment(database))
  const admin = { email: 'tinh@tiengiang.gov.vn', password: 'mat-khau-tinh-1' }
  await registerFirstUser(server.url, admin)
  const session = await login(server.url, admin.email, admin.password)
  const unit = (await json(await fetch(`${server.url}/api/units?where[code][equals]=${UNIT_CODES.C1}`))).body.docs[0].id
  const create = (collection: string, data: Record<string, unknown>) =>
    fetch(`${server.url}/api/${collection}`, {
      body: JSON.stringify({ _status: 'published', unit, ...data }),
      headers: { 'content-type': 'application/json', ...session.headers },
      method: 'POST',
    })
  await create('news', { summary: 'Người dân đến đông đủ', title: 'Ngày hội đại đoàn kết <b>toàn dân</b>' })
  await create('legal-documents', {
    issuedAt: '2025-03-01',
    issuingBody: 'UBND phường',
    numberAndSymbol: '12/2025/QĐ-UBND',
    summary: 'Quy chế làm việc',
    type: 'quyet-dinh',
  })
  await create('contacts', { name: 'Trần Văn Dũng', position: 'Chủ tịch UBND phường' })
  browser = await launchBrowser()
})
afterAll(async () => {
  await tearDown({ browser, database, server })
})

needsChromium('the example portal page (/examples/portal/)', () => {
  it('renders a unit’s home page from the API in a browser, treating content as text', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/examples/portal/?unit=${UNIT_CODES.C1}`)
    await page.waitForSelector('body[data-ready="true"]')
    expect(await page.textContent('#unit-name')).toBe('Phường 1')
    expect(await page.locator('#breadcrumbs a').allTextContents()).toEqual(['Tỉnh Tiền Giang', 'Thành phố Mỹ Tho'])
    const news = await page.textContent('#news')
    expect(news).toContain('Ngày hội đại đoàn kết <b>toàn dân</b>')
    expect(await page.locator('#news b').count()).toBe(0)
    expect(await page.textContent('#documents')).toContain('12/2025/QĐ-UBND')
    expect(await page.textContent('#documents')).toContain('Còn hiệu lực')
    expect(await page.textContent('#contacts')).toContain('Trần Văn Dũng – Chủ tịch UBND phường')
    await page.close()
  })

  it('follows the breadcrumb to the district portal, which lists its communes', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/examples/portal/?unit=${UNIT_CODES.C1}`)
    await page.waitForSelector('body[data-ready="true"]')
    await page.click('#breadcrumbs a:nth-child(2)')
    await page.waitForFunction(() => document.getElementById('unit-name')?.textContent === 'Thành phố Mỹ Tho')
    await page.waitForSelector('body[data-ready="true"]')
    expect(await page.locator('#children li').count()).toBeGreaterThan(5)
    await page.close()
  })

  it('says so when the unit does not exist', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/examples/portal/?unit=khong-co`)
    await page.waitForSelector('#error:not([hidden])')
    expect(await page.textContent('#error')).toContain('khong-co')
    await page.close()
  })
})

import type { Browser, Page } from 'playwright-core'

import {
  chooseOption,
  hasChromium,
  launchBrowser,
  needsChromium,
  openAdminPage,
  screenshotPath,
  signIn,
  tearDown,
} from '../helpers/browser'

import { json, login } from '../helpers/http'
import { startServerProcess, type ServerProcess } from '../helpers/spawnServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { testEnvironment } from '../helpers/testServer'

let database: TestDatabase
let server: ServerProcess
let browser: Browser
let draftId: number | string

const post = async (path: string, body: unknown, headers: Record<string, string> = {}) =>
  json(
    await fetch(`${server.url}${path}`, {
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...headers },
      method: 'POST',
    }),
  )

const unitId = async (code: string) =>
  (await json(await fetch(`${server.url}/api/units?where[code][equals]=${code}&depth=0`))).body.docs[0].id

beforeAll(async () => {
  if (!hasChromium) return
  database = await createTestDatabase()
  server = await startServerProcess(testEnvironment(database), [])
  await post('/api/users/first-register', { email: 'tinh@tiengiang.gov.vn', password: 'mat-khau-tinh-1' })
  const admin = (await login(server.url, 'tinh@tiengiang.gov.vn', 'mat-khau-tinh-1')).headers
  const [c1, c2] = [await unitId('28261'), await unitId('28264')]
  await post(
    '/api/users',
    {
      assignments: [{ role: 'editor', unit: c1 }],
      email: 'bientap@phuong1.gov.vn',
      name: 'Biên tập Phường 1',
      password: 'mat-khau-bien-tap',
    },
    admin,
  )
  await post(
    '/api/users',
    {
      assignments: [{ role: 'approver', unit: c1 }],
      email: 'duyet@phuong1.gov.vn',
      name: 'Người duyệt Phường 1',
      password: 'mat-khau-nguoi-duyet',
    },
    admin,
  )
  await post('/api/news', { _status: 'published', title: 'Tin của Phường 1 Mỹ Tho', unit: c1 }, admin)
  await post('/api/news', { _status: 'published', title: 'Tin của Phường 2 Mỹ Tho', unit: c2 }, admin)
  draftId = (
    await post('/api/news?draft=true', { summary: 'Chưa xuất bản', title: 'Bản nháp để xem trước', unit: c1 }, admin)
  ).body.doc.id
  browser = await launchBrowser()
})
afterAll(async () => {
  await tearDown({ browser, database, server })
})

const signInAsCommuneEditor = (page: Page) => signIn(page, server.url, 'bientap@phuong1.gov.vn', 'mat-khau-bien-tap')

needsChromium('the admin panel in a browser', () => {
  it('shows a commune editor the Vietnamese admin with only their own unit', async () => {
    const page = await browser.newPage({ locale: 'en-US' })
    await signInAsCommuneEditor(page)
    expect(await page.getAttribute('html', 'lang')).toBe('vi')

    await page.getByText('Công việc của tôi').waitFor()
    await page.screenshot({ fullPage: true, path: screenshotPath('dashboard-editor') })
    const dashboard = await page.locator('.portal-dashboard').innerText()
    expect(dashboard).toContain('Tin của Phường 1 Mỹ Tho')
    expect(dashboard).not.toContain('Tin của Phường 2 Mỹ Tho')

    await page.goto(`${server.url}/admin/collections/news`)
    await page.getByText('Tin của Phường 1 Mỹ Tho').waitFor()
    await page.screenshot({ fullPage: true, path: screenshotPath('news-list') })
    const list = await page.locator('body').innerText()
    expect(list).toContain('Tin của Phường 1 Mỹ Tho')
    expect(list).not.toContain('Tin của Phường 2 Mỹ Tho')

    const options = await page.evaluate(async () => {
      const response = await fetch('/api/units/populate-tenant-options', { credentials: 'include' })
      return response.ok ? ((await response.json()) as { tenantOptions: Array<{ label: string }> }).tenantOptions : null
    })
    expect(options?.map((option) => option.label)).toEqual(['Phường 1 – TP Mỹ Tho (28261)'])
    await page.close()
  })

  it('opens a draft on the portal’s preview page from "Xem trước", without publishing it', async () => {
    const page = await browser.newPage({ locale: 'vi-VN' })
    await signInAsCommuneEditor(page)
    await page.goto(`${server.url}/admin/collections/news/${draftId}`)
    await page.getByText('Bản nháp để xem trước').first().waitFor()
    expect(await page.getAttribute('#preview-button', 'title')).toBe('Xem trước')
    const [preview] = await Promise.all([page.waitForEvent('popup'), page.locator('#preview-button').click()])
    await preview.locator('#title', { hasText: 'Bản nháp để xem trước' }).waitFor()
    expect(await preview.textContent('#preview-banner')).toContain('chưa được xuất bản')
    await preview.screenshot({ fullPage: true, path: screenshotPath('preview') })
    const published = await json(
      await fetch(`${server.url}/api/news/${draftId}`, { headers: { 'x-portal-unit': '28261' } }),
    )
    expect(published.status).toBe(404)
    await page.close()
  })

  it('takes a news item through approval: the editor submits, the approver finds it waiting and publishes it', async () => {
    const editor = await browser.newPage({ locale: 'vi-VN' })
    await signInAsCommuneEditor(editor)
    await openAdminPage(editor, `${server.url}/admin/collections/news/create`)
    await editor.fill('input[name="title"]', 'Thông báo lịch tiếp công dân tháng 12')
    await chooseOption(editor, 'field-reviewStatus', 'Chờ duyệt')
    await editor.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await editor.waitForURL((url) => /\/news\/\d+$/.test(url.pathname))
    await editor.screenshot({ fullPage: true, path: screenshotPath('approval-submitted') })
    await editor.close()

    const approver = await browser.newPage({ locale: 'vi-VN' })
    await signIn(approver, server.url, 'duyet@phuong1.gov.vn', 'mat-khau-nguoi-duyet')
    const waiting = approver.locator('.portal-dashboard__card', { hasText: 'Chờ duyệt' })
    await waiting.getByRole('link', { name: 'Thông báo lịch tiếp công dân tháng 12' }).click()
    await approver.waitForURL((url) => /\/news\/\d+$/.test(url.pathname))
    await approver
      .getByRole('button', { name: /^Xuất bản/ })
      .first()
      .click()
    await approver.getByText('Đã xuất bản').first().waitFor()
    await approver.screenshot({ fullPage: true, path: screenshotPath('approval-published') })
    const portal = await json(
      await fetch(`${server.url}/api/news?where[title][equals]=Thông báo lịch tiếp công dân tháng 12`, {
        headers: { 'x-portal-unit': '28261' },
      }),
    )
    expect(portal.body.docs).toHaveLength(1)

    // The versions tab names who saved each version, with its status and review.
    await approver.goto(`${approver.url()}/versions`)
    const history = approver.locator('.portal-history__table tbody tr')
    await history.first().waitFor()
    await approver.screenshot({ fullPage: true, path: screenshotPath('version-history') })
    const rows = await history.allInnerTexts()
    expect(rows[0]).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\s+Người duyệt Phường 1\s+Đã xuất bản\s+Đã duyệt$/)
    expect(rows.at(-1)).toMatch(/Biên tập Phường 1\s+Bản nháp\s+Chờ duyệt$/)
    await approver.close()
  })

  it('offers ready-made fields and issuing bodies as an editor types, and stores them in their own spelling', async () => {
    const page = await browser.newPage({ locale: 'vi-VN' })
    await signInAsCommuneEditor(page)
    const offered = async (name: string) => {
      // The list is attached once the page's scripts run.
      const list = (await (
        await page.waitForFunction(
          (field) => document.querySelector(`input[name="${field}"]`)?.getAttribute('list'),
          name,
        )
      ).jsonValue()) as string
      expect(list).toMatch(/^choices-/)
      await page.waitForFunction((id) => (document.getElementById(id)?.children.length ?? 0) > 20, list!)
      return page
        .locator(`datalist[id="${list}"] option`)
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
    }

    await openAdminPage(page, `${server.url}/admin/collections/procedures/create`)
    expect(await offered('field')).toEqual(expect.arrayContaining(['Hộ tịch', 'Chứng thực', 'Đất đai']))
    await page.fill('input[name="code"]', '1.001234')
    await page.fill('input[name="name"]', 'Đăng ký khai sinh')
    await page.fill('input[name="field"]', 'Hộ')
    await page.screenshot({ path: screenshotPath('procedure-field-choices') })
    await page.fill('input[name="field"]', 'ho tich')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page.waitForURL((url) => /\/procedures\/\d+$/.test(url.pathname))
    const stored = await page.evaluate(async () => {
      const response = await fetch('/api/procedures?draft=true&where[code][equals]=1.001234', {
        credentials: 'include',
      })
      return ((await response.json()) as { docs: Array<{ field: string }> }).docs[0]?.field
    })
    expect(stored).toBe('Hộ tịch')

    await page.goto(`${server.url}/admin/collections/legal-documents/create`)
    const bodies = await offered('issuingBody')
    expect(bodies.slice(0, 2)).toEqual(['Ủy ban nhân dân phường 1', 'Hội đồng nhân dân phường 1'])
    expect(bodies).toEqual(expect.arrayContaining(['Ủy ban nhân dân tỉnh Tiền Giang', 'Chính phủ']))
    await page.close()
  })

  it('lets an administrator try and then import a file of procedures, and shows the rejected rows', async () => {
    const page = await browser.newPage({ locale: 'vi-VN' })
    await signIn(page, server.url, 'tinh@tiengiang.gov.vn', 'mat-khau-tinh-1')
    // The navigation links to it (the menu may be folded at this width); the page is opened by its address.
    expect(await page.locator('a.portal-nav-extra', { hasText: 'Nhập dữ liệu' }).getAttribute('href')).toBe(
      '/admin/import',
    )
    await page.goto(`${server.url}/admin/import`)
    await page.getByRole('heading', { name: 'Nhập dữ liệu' }).waitFor()
    await page.selectOption('#import-unit', String(await unitId('28261')))
    const csv = [
      'Mã thủ tục,Tên thủ tục,Cấp thực hiện,Lĩnh vực',
      '1.001193,Thủ tục đăng ký khai sinh,Cấp xã,Hộ tịch',
      '1.1234,Mã sai,Cấp xã,Hộ tịch',
    ].join('\n')
    await page.setInputFiles('#import-file', { buffer: Buffer.from(csv), mimeType: 'text/csv', name: 'thu-tuc.csv' })
    await page.getByRole('button', { name: 'Chạy thử' }).click()
    await page.getByText('Kết quả chạy thử (chưa lưu gì)').waitFor()
    expect(await page.locator('.portal-import__report').innerText()).toContain('1 tạo mới')
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click()
    await page.getByText('Kết quả nhập', { exact: true }).waitFor()
    await page.screenshot({ fullPage: true, path: screenshotPath('import') })
    const report = await page.locator('.portal-import__report').innerText()
    expect(report).toContain('2 dòng: 1 tạo mới, 0 cập nhật, 0 không đổi, 1 bị từ chối.')
    expect(report).toMatch(/3\s+Mã thủ tục\s+"1\.1234" không phải mã thủ tục/)
    const stored = await json(
      await fetch(`${server.url}/api/procedures?where[code][equals]=1.001193`, {
        headers: { 'x-portal-unit': '28261' },
      }),
    )
    expect(stored.body.docs).toHaveLength(1)
    await page.close()
  })

  it('imports legal documents with the files their rows name, chosen beside the list', async () => {
    const page = await browser.newPage({ locale: 'vi-VN' })
    await signIn(page, server.url, 'tinh@tiengiang.gov.vn', 'mat-khau-tinh-1')
    await page.goto(`${server.url}/admin/import`)
    await page.getByRole('heading', { name: 'Nhập dữ liệu' }).waitFor()
    await page.selectOption('#import-kind', 'legal-documents')
    await page.selectOption('#import-unit', String(await unitId('28261')))
    const csv = [
      'Số ký hiệu,Loại văn bản,Cơ quan ban hành,Ngày ban hành,Trích yếu,Tệp đính kèm',
      '07/2024/QĐ-UBND,Quyết định,UBND phường 1,15/01/2024,Quy chế tiếp công dân,quy-che.pdf',
      '08/2024/QĐ-UBND,Quyết định,UBND phường 1,16/01/2024,Thiếu tệp,khong-gui.pdf',
    ].join('\n')
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
        'xref\n0 3\n0000000000 65535 f \ntrailer << /Size 3 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n',
      'latin1',
    )
    await page.setInputFiles('#import-file', { buffer: Buffer.from(csv), mimeType: 'text/csv', name: 'van-ban.csv' })
    await page.setInputFiles('#import-attachments', [
      { buffer: pdf, mimeType: 'application/pdf', name: 'quy-che.pdf' },
      { buffer: pdf, mimeType: 'application/pdf', name: 'thua.pdf' },
    ])
    await page.getByText('2 tệp', { exact: true }).waitFor()
    await page.getByRole('button', { name: 'Chạy thử' }).click()
    await page.getByText('Kết quả chạy thử (chưa lưu gì)').waitFor()
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click()
    await page.getByText('Kết quả nhập', { exact: true }).waitFor()
    await page.screenshot({ fullPage: true, path: screenshotPath('import-with-files') })
    const report = await page.locator('.portal-import__report').innerText()
    expect(report).toContain('2 dòng: 1 tạo mới, 0 cập nhật, 0 không đổi, 1 bị từ chối.')
    expect(report).toContain('Không có tệp "khong-gui.pdf" trong các tệp kèm theo (hoặc thư mục --files).')
    const stored = await json(
      await fetch(
        `${server.url}/api/legal-documents?where[numberAndSymbol][equals]=${encodeURIComponent('07/2024/QĐ-UBND')}&depth=1`,
        {
          headers: { 'x-portal-unit': '28261' },
        },
      ),
    )
    expect(stored.body.docs).toHaveLength(1)
    expect(JSON.stringify(stored.body.docs[0])).toContain('quy-che')
    await page.close()
  })

  it('lets a province administrator read a reorganisation plan, its refusals and its steps, before applying it', async () => {
    const page = await browser.newPage({ locale: 'vi-VN' })
    await signIn(page, server.url, 'tinh@tiengiang.gov.vn', 'mat-khau-tinh-1')
    expect(
      await page.locator('a.portal-nav-extra', { hasText: 'Sắp xếp đơn vị hành chính' }).getAttribute('href'),
    ).toBe('/admin/reorganise')
    await page.goto(`${server.url}/admin/reorganise`)
    await page.getByRole('heading', { name: 'Sắp xếp đơn vị hành chính' }).waitFor()
    const plan = ['Thao tác,Mã đơn vị,Sáp nhập vào', 'sáp nhập,28264,28261', 'sáp nhập,28267,99999'].join('\n')
    await page.setInputFiles('#reorganise-file', {
      buffer: Buffer.from(plan),
      mimeType: 'text/csv',
      name: 'ke-hoach.csv',
    })
    await page.getByRole('button', { name: 'Xem kế hoạch' }).click()
    await page.getByRole('heading', { name: 'Kế hoạch' }).waitFor()
    const report = await page.locator('.portal-import__report').innerText()
    expect(report).toContain('dòng 2: Sáp nhập 28264 vào 28261')
    expect(report).toContain('dòng 3 (28267): Không có đơn vị mã 99999 và kế hoạch này không tạo đơn vị đó.')
    // With a refusal, nothing can be applied.
    expect(await page.getByRole('button', { name: 'Thực hiện' }).isDisabled()).toBe(true)
    await page.screenshot({ fullPage: true, path: screenshotPath('reorganise-plan') })
    await page.close()
  })

  it("lets a province administrator download a unit's archive and load it into another unit", async () => {
    const page = await browser.newPage({ acceptDownloads: true, locale: 'vi-VN' })
    await signIn(page, server.url, 'tinh@tiengiang.gov.vn', 'mat-khau-tinh-1')
    expect(await page.locator('a.portal-nav-extra', { hasText: 'Chuyển dữ liệu đơn vị' }).getAttribute('href')).toBe(
      '/admin/unit-transfer',
    )
    await page.goto(`${server.url}/admin/unit-transfer`)
    await page.getByRole('heading', { name: 'Chuyển dữ liệu đơn vị' }).waitFor()
    await page.selectOption('#export-unit', '28261')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp lưu trữ' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^don-vi-28261-\d{4}-\d{2}-\d{2}\.tar\.gz$/)
    const archive = await download.path()
    await page.selectOption('#import-as', '28270')
    await page.setInputFiles('#unit-archive-file', archive)
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click()
    await page.getByRole('heading', { name: 'Đã nhập vào đơn vị 28270' }).waitFor()
    await page.screenshot({ fullPage: true, path: screenshotPath('unit-transfer') })
    const report = await page.locator('.portal-import__report').innerText()
    expect(report).toMatch(/Tin tức: [1-9]/)
    expect(report).toContain('Giới thiệu đơn vị: 1')
    // Loading it again into the same unit is refused, saying why.
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click()
    await page.getByText('Đơn vị 28270 đã có dữ liệu').waitFor()
    await page.close()
  })

  it('shows the units as a tree above the units list', async () => {
    const page = await browser.newPage({ locale: 'vi-VN' })
    await signInAsCommuneEditor(page)
    await page.goto(`${server.url}/admin/collections/units`)
    await page.getByText('Cây đơn vị (202 đơn vị)').click()
    await page.locator('.portal-tree summary', { hasText: /^Thành phố Mỹ Tho \(815\)/ }).click()
    await page.locator('.portal-tree').getByRole('link', { name: 'Phường 1 – TP Mỹ Tho (28261)' }).waitFor()
    await page.screenshot({ fullPage: false, path: screenshotPath('unit-tree') })
    const province = await page.locator('.portal-tree > ul > li > details > summary').first().innerText()
    expect(province).toMatch(/^Tỉnh Tiền Giang \(82\) \(29\)$/)
    await page.close()
  })

  it('says in Vietnamese why an upload is refused', async () => {
    const page = await browser.newPage({ locale: 'vi-VN' })
    await signInAsCommuneEditor(page)
    await openAdminPage(page, `${server.url}/admin/collections/files/create`)
    await page.locator('input[type="file"]').setInputFiles({
      buffer: Buffer.from('<html><body><script>alert(1)</script></body></html>'),
      mimeType: 'application/pdf',
      name: 'quyet-dinh.pdf',
    })
    await page.fill('input[name="title"]', 'Quyết định giả')
    await page.keyboard.press('Control+s')
    const toast = page.locator('.payload-toast-container li, [data-sonner-toast]').first()
    await toast.waitFor()
    await page.screenshot({ fullPage: true, path: screenshotPath('upload-refused') })
    expect(await toast.innerText()).toMatch(/không thuộc loại được chấp nhận/)
    await page.close()
  })

  it.each([
    ['news', ['Tiêu đề', 'Đường dẫn (slug)', 'Ảnh đại diện', 'Chuyên mục', 'Tin nổi bật']],
    [
      'procedures',
      [
        'Mã thủ tục',
        'Số quyết định công bố',
        'Cấp thực hiện',
        'Lĩnh vực',
        'Dịch vụ công trực tuyến',
        'Thành phần hồ sơ',
      ],
    ],
    [
      'legal-documents',
      ['Số ký hiệu', 'Loại văn bản', 'Trích yếu', 'Cơ quan ban hành', 'Ngày có hiệu lực', 'Văn bản liên quan'],
    ],
    ['contacts', ['Họ tên / Tên đầu mối', 'Chức vụ', 'Số điện thoại', 'Thông tin công khai']],
    ['news-categories', ['Tên chuyên mục', 'Thứ tự hiển thị']],
  ])('opens the %s form in Vietnamese', async (collection, labels) => {
    const page = await browser.newPage({ locale: 'en-US' })
    await signInAsCommuneEditor(page)
    await page.goto(`${server.url}/admin/collections/${collection}/create`)
    // Field labels carry the locale they edit ("Tiêu đề — Tiếng Việt") and a required mark.
    await page.getByText(labels[0]!).first().waitFor()
    const text = await page.locator('body').innerText()
    for (const label of labels) expect(text).toContain(label)
    await page.screenshot({ fullPage: true, path: screenshotPath(`${collection}-create`) })
    await page.close()
  })
})

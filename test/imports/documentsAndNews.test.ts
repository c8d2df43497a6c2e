import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import { runCli } from '../helpers/cli'
import { json, login } from '../helpers/http'
import { PASSWORD, unitIds } from '../helpers/tenancyFixtures'
import { startTestServer, type TestServer } from '../helpers/testServer'

/** Legal documents with their files, and news with HTML bodies and images, from a file and a folder. */

let server: TestServer
let units: Awaited<ReturnType<typeof unitIds>>
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-import-files-'))
const files = path.join(folder, 'tep')

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'xref\n0 3\n0000000000 65535 f \ntrailer << /Size 3 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n',
  'latin1',
)

beforeAll(async () => {
  server = await startTestServer()
  units = await unitIds(server.payload)
  fs.mkdirSync(files)
  fs.writeFileSync(path.join(files, 'qd-01.pdf'), PDF)
  // Not a PDF, whatever its name says: the collection's own content check refuses it.
  fs.writeFileSync(path.join(files, 'gia.pdf'), 'MZ not a pdf at all')
  const png = await sharp({ create: { background: '#06c', channels: 3, height: 40, width: 60 } })
    .png()
    .toBuffer()
  fs.writeFileSync(path.join(files, 'anh bia.png'), png)
  fs.writeFileSync(path.join(files, 'trong-bai.png'), png)
}, 120_000)
afterAll(async () => {
  await server?.stop()
  fs.rmSync(folder, { force: true, recursive: true })
})

/** A unit's admin, made for the test, signed in over HTTP. */
const unitAdminSession = async (email: string, unit: number | string) => {
  await server.payload.create({
    collection: 'users',
    data: { assignments: [{ role: 'unit-admin', unit: unit as number }], email, name: email, password: PASSWORD },
  })
  return login(server.url, email, PASSWORD)
}

const cli = (args: string[]) =>
  runCli('import', args, { DATABASE_URI: server.database.uri, PAYLOAD_SECRET: 'import-cli-secret-0123456789abcdef' })

const DOCUMENTS = [
  'Số ký hiệu,Loại văn bản,Cơ quan ban hành,Người ký,Ngày ban hành,Ngày hiệu lực,Trích yếu,Lĩnh vực,Tệp đính kèm',
  '01/2024/QĐ-UBND,Quyết định,UBND phường 1,Nguyễn Văn A,15/01/2024,01/02/2024,Ban hành quy chế làm việc,Nội vụ,qd-01.pdf',
  '02/2024/QĐ-UBND,Sắc lệnh,UBND phường 1,,16/01/2024,,Loại sai,,',
  '03/KH-UBND,Kế hoạch,UBND phường 1,,31/02/2024,,Ngày sai,,',
  '04/KH-UBND,Kế hoạch,UBND phường 1,,01/03/2024,,Thiếu tệp,,khong-co.pdf',
  '05/KH-UBND,Kế hoạch,UBND phường 1,,01/03/2024,,Đường dẫn lạ,,../../etc/passwd',
  '06/KH-UBND,Kế hoạch,UBND phường 1,,01/03/2024,,Tệp giả,,gia.pdf',
].join('\n')

describe('importing legal documents with their files', () => {
  it('stores the good rows with their files and names each bad one; a re-run changes nothing', async () => {
    const file = path.join(folder, 'van-ban.csv')
    fs.writeFileSync(file, DOCUMENTS)
    const dry = await cli(['legal-documents', '--unit', '28261', file, '--files', files, '--dry-run'])
    expect(dry.output).toContain('Chạy thử (không lưu gì) 6 dòng')
    expect((await server.payload.count({ collection: 'legal-documents' })).totalDocs).toBe(0)
    expect((await server.payload.count({ collection: 'files' })).totalDocs).toBe(0)

    const run = await cli(['legal-documents', '--unit', '28261', file, '--files', files])
    expect(run.code).toBe(1)
    expect(run.output).toContain('1 tạo mới, 0 cập nhật, 0 không đổi, 5 bị từ chối.')
    expect(run.output).toContain('dòng 3, Loại văn bản (type): Loại văn bản "Sắc lệnh" không hợp lệ')
    expect(run.output).toContain('dòng 4, Ngày ban hành (issuedAt): Ngày ban hành "31/02/2024" không phải ngày hợp lệ')
    expect(run.output).toContain(
      'dòng 5, Tệp đính kèm (attachments): Không có tệp "khong-co.pdf" trong các tệp kèm theo (hoặc thư mục --files).',
    )
    expect(run.output).toContain('dòng 6, Tệp đính kèm (attachments): "../../etc/passwd" không phải tên tệp hợp lệ.')
    expect(run.output).toMatch(/dòng 7, .*gia\.pdf|dòng 7: .*/)
    const { docs } = await server.payload.find({ collection: 'legal-documents', depth: 1, locale: 'vi' })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      effectiveAt: '2024-02-01T05:00:00.000Z',
      numberAndSymbol: '01/2024/QĐ-UBND',
      signer: 'Nguyễn Văn A',
      type: 'quyet-dinh',
      unit: expect.objectContaining({ code: '28261' }),
    })
    expect(docs[0]!.attachments).toMatchObject([
      { filename: expect.stringMatching(/^qd-.*\.pdf$/), mimeType: 'application/pdf' },
    ])
    // A rejected row left nothing behind: one document, one file.
    expect((await server.payload.count({ collection: 'files' })).totalDocs).toBe(1)
    const again = await cli(['legal-documents', '--unit', '28261', file, '--files', files])
    expect(again.output).toContain('0 tạo mới, 0 cập nhật, 1 không đổi, 5 bị từ chối.')
    expect((await server.payload.count({ collection: 'files' })).totalDocs).toBe(1)
  }, 120_000)
})

describe('importing news with HTML bodies and images', () => {
  const NEWS = [
    {
      'Ảnh đại diện': 'anh bia.png',
      'Ngày đăng': '15/03/2024 08:30',
      'Nội dung':
        '<h2>Khai mạc</h2><p>Sáng nay <strong>phường</strong> tổ chức <a href="https://dongthap.gov.vn">hội nghị</a>.' +
        '<a href="javascript:alert(1)">bấm</a></p><script>alert(1)</script>' +
        '<p><img src="https://cu.tiengiang.gov.vn/uploads/2024/trong-bai.png" alt="ảnh"></p><ul><li>Một</li></ul>',
      'Tiêu đề': 'Hội nghị tổng kết năm 2024',
    },
    { 'Nội dung': '<p><img src="/uploads/khong-co.jpg"></p>', 'Tiêu đề': 'Tin thiếu ảnh' },
    { 'Nội dung': '<p>Không có tiêu đề</p>' },
  ]

  it('converts the HTML to rich text, brings the images in, and refuses rows whose images are missing', async () => {
    const file = path.join(folder, 'tin-tuc.json')
    fs.writeFileSync(file, JSON.stringify(NEWS))
    const run = await cli(['news', '--unit', '28261', file, '--files', files])
    expect(run.output).toContain('1 tạo mới, 0 cập nhật, 0 không đổi, 2 bị từ chối.')
    expect(run.output).toContain(
      'dòng 2, Nội dung (body): Không có tệp "khong-co.jpg" trong các tệp kèm theo (hoặc thư mục --files).',
    )
    expect(run.output).toContain('dòng 3, Tiêu đề (title): Thiếu tiêu đề.')
    const { docs } = await server.payload.find({
      collection: 'news',
      depth: 0,
      locale: 'vi',
      where: { slug: { equals: 'hoi-nghi-tong-ket-nam-2024' } },
    })
    expect(docs).toHaveLength(1)
    const news = docs[0]!
    expect(news.publishedAt).toBe('2024-03-15T05:00:00.000Z')
    const body = JSON.stringify(news.body)
    expect(body).toContain('"tag":"h2"')
    expect(body).toContain('"url":"https://dongthap.gov.vn"')
    expect(body).not.toContain('javascript')
    expect(body).not.toContain('alert')
    const media = await server.payload.find({ collection: 'media', depth: 0, where: { unit: { equals: units.C1 } } })
    expect(media.docs).toHaveLength(2)
    expect(media.docs.map((doc) => doc.id)).toContain(news.cover)
    // The body's image is the other stored image.
    const inBody = media.docs.find((doc) => doc.id !== news.cover)!
    const uploads: unknown[] = []
    JSON.parse(body, (_key, value) => {
      if (value && typeof value === 'object' && (value as { type?: string }).type === 'upload') uploads.push(value)
      return value
    })
    expect(uploads).toEqual([expect.objectContaining({ relationTo: 'media', value: inBody.id })])
    // Portals read it as safe HTML.
    const read = await json(
      await fetch(`${server.url}/api/news/${news.id}?depth=0`, { headers: { 'x-portal-unit': '28261' } }),
    )
    expect(read.status).toBe(200)
  }, 120_000)

  it('imports from the admin panel too (POST /api/imports/news), naming an unknown kind', async () => {
    const session = await unitAdminSession('qt.c1@tiengiang.gov.vn', units.C1)
    const send = (kind: string, content: string, name: string) => {
      const form = new FormData()
      form.set('file', new Blob([content]), name)
      form.set('_payload', JSON.stringify({ unit: units.C1 }))
      return fetch(`${server.url}/api/imports/${kind}`, { body: form, headers: session.headers, method: 'POST' }).then(
        json,
      )
    }
    const unknown = await send('users', '[]', 'x.json')
    expect(unknown).toMatchObject({ body: { errors: [{ field: 'kind' }] }, status: 404 })
    const report = await send(
      'news',
      JSON.stringify([{ 'Nội dung': '<p>Chào</p>', 'Tiêu đề': 'Tin từ trang quản trị' }]),
      't.json',
    )
    expect(report).toMatchObject({ body: { created: 1, rejected: [] }, status: 200 })
    const withImage = await send(
      'news',
      JSON.stringify([{ 'Ảnh đại diện': 'a.png', 'Tiêu đề': 'Tin có ảnh' }]),
      't.json',
    )
    expect(withImage.body.rejected[0].message.vi).toContain('Tệp kèm theo')
  })

  it('brings the files a list names from the admin panel: sent one by one first, kept for the import, then removed', async () => {
    const session = await login(server.url, 'qt.c1@tiengiang.gov.vn', PASSWORD)
    const stage = (name: string, data: Uint8Array | string, batch?: string, headers = session.headers) => {
      const form = new FormData()
      form.set('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), name)
      return fetch(`${server.url}/api/import-files${batch ? `?batch=${batch}` : ''}`, {
        body: form,
        headers,
        method: 'POST',
      }).then(json)
    }
    const importNews = (rows: unknown[], extra: Record<string, unknown>) => {
      const form = new FormData()
      form.set('file', new Blob([JSON.stringify(rows)]), 'tin.json')
      form.set('_payload', JSON.stringify({ unit: units.C1, ...extra }))
      return fetch(`${server.url}/api/imports/news`, { body: form, headers: session.headers, method: 'POST' }).then(
        json,
      )
    }
    // Refusals: signed out, a hidden name (a path in a name never arrives: the form parser keeps its last part), a
    // type no import takes, someone else's set.
    expect((await stage('a.png', 'x', undefined, {})).status).toBe(401)
    expect(await stage('.htaccess.png', 'x')).toMatchObject({ body: { errors: [{ field: 'file' }] }, status: 400 })
    expect(await stage('chay.exe', 'x')).toMatchObject({ body: { errors: [{ field: 'file' }] }, status: 400 })
    const png = fs.readFileSync(path.join(files, 'anh bia.png'))
    // A Mac sends names decomposed; the row names it composed.
    const first = await stage('ảnh-đại-diện.png'.normalize('NFD'), png)
    expect(first).toMatchObject({ body: { files: 1 }, status: 200 })
    const batch = first.body.batch as string
    expect(batch).toMatch(/^[0-9a-f]{32}$/)
    expect(await stage('trong-bai.png', png, batch)).toMatchObject({ body: { batch, files: 2 }, status: 200 })
    const other = await unitAdminSession('qt.c2@tiengiang.gov.vn', units.C2)
    expect(await stage('x.png', png, batch, other.headers)).toMatchObject({
      body: { errors: [{ field: 'batch' }] },
      status: 404,
    })
    const rows = [
      {
        'Ảnh đại diện': 'ảnh-đại-diện.png',
        'Nội dung': '<p>Ảnh trong bài <img src="/uploads/trong-bai.png"></p>',
        'Tiêu đề': 'Tin kèm ảnh từ trang quản trị',
      },
    ]
    const mediaBefore = (await server.payload.count({ collection: 'media' })).totalDocs
    const trial = await importNews(rows, { dryRun: true, files: batch })
    expect(trial).toMatchObject({ body: { created: 1, dryRun: true, rejected: [] }, status: 200 })
    expect((await server.payload.count({ collection: 'media' })).totalDocs).toBe(mediaBefore)
    const done = await importNews(rows, { files: batch })
    expect(done).toMatchObject({ body: { created: 1, rejected: [] }, status: 200 })
    const { docs } = await server.payload.find({
      collection: 'news',
      depth: 1,
      where: { title: { equals: 'Tin kèm ảnh từ trang quản trị' } },
    })
    expect((docs[0]!.cover as { filename: string }).filename).toMatch(/^ảnh-đại-diện\./)
    expect(JSON.stringify(docs[0]!.body)).toContain('"type":"upload"')
    expect((await server.payload.count({ collection: 'media' })).totalDocs).toBe(mediaBefore + 2)
    // The set is gone after its import; sending to it or importing with it again says so.
    expect(await stage('x.png', png, batch)).toMatchObject({ body: { errors: [{ field: 'batch' }] }, status: 404 })
    expect(await importNews(rows, { files: batch })).toMatchObject({
      body: { errors: [{ field: 'files' }] },
      status: 404,
    })
    expect(fs.readdirSync(path.join(server.settings.uploadsDir, '.import-staging'))).toEqual([])
  })
})

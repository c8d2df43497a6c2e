import { json, login } from '../helpers/http'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { startTestServer, type TestServer } from '../helpers/testServer'

let mailbox: Mailbox
let server: TestServer
let auth: Record<string, string>
let province: number | string

beforeAll(async () => {
  mailbox = await startMailbox()
  server = await startTestServer({
    env: {
      EMAIL_FROM: 'cong@tiengiang.gov.vn',
      SERVER_URL: 'https://cms.tiengiang.gov.vn',
      SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`,
    },
  })
  await server.payload.create({
    collection: 'users',
    data: { email: 'tinh@tiengiang.gov.vn', password: 'mat-khau-quan-tri-1' },
  })
  auth = (await login(server.url, 'tinh@tiengiang.gov.vn', 'mat-khau-quan-tri-1')).headers
  province = (await server.payload.find({ collection: 'units', where: { level: { equals: 'province' } } })).docs[0]!.id
})
afterAll(async () => {
  await server?.stop()
  await mailbox?.close()
})

const createUnit = (code: string, inviteAdminEmail: string) =>
  fetch(`${server.url}/api/units`, {
    body: JSON.stringify({ code, inviteAdminEmail, level: 'department', name: `Sở thử ${code}`, parent: province }),
    headers: { ...auth, 'content-type': 'application/json' },
    method: 'POST',
  }).then(json)

describe('email over SMTP (SMTP_URL)', () => {
  it('sends an invitation through the SMTP server, from EMAIL_FROM, with a link on SERVER_URL', async () => {
    const created = await createUnit('so-thu-mot', 'quantri@sothumot.gov.vn')
    expect(created.status).toBe(201)
    const mail = await mailbox.mailTo('quantri@sothumot.gov.vn')
    expect(mail.from?.value[0]).toEqual({ address: 'cong@tiengiang.gov.vn', name: 'Cổng thông tin điện tử' })
    expect(mail.subject).toMatch(/Lời mời/)
    expect(String(mail.html)).toMatch(/https:\/\/cms\.tiengiang\.gov\.vn\/admin\/welcome\/[0-9a-f]{20,}/)
  })

  it('still creates the unit and the invitation when the SMTP server is down (the failure is logged)', async () => {
    await mailbox.close()
    const created = await createUnit('so-thu-hai', 'quantri@sothuhai.gov.vn')
    expect(created.status).toBe(201)
    const invited = await server.payload.find({
      collection: 'users',
      where: { email: { equals: 'quantri@sothuhai.gov.vn' } },
    })
    expect(invited.totalDocs).toBe(1)
  })
})

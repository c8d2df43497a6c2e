import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { json, login } from '../helpers/http'
import { startTestServer, type TestServer } from '../helpers/testServer'

/** A real SMTP server (the smtp-server library) as the mail sink: what it receives is what a mailbox would. */
const received: ParsedMail[] = []
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData: (stream, _session, done) => {
    simpleParser(stream)
      .then((mail) => received.push(mail))
      .then(() => done(), done)
  },
})

let server: TestServer
let auth: Record<string, string>
let province: number | string

const waitForMail = async (to: string) => {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const mail = received.find((each) => each.to && JSON.stringify(each.to).includes(to))
    if (mail) return mail
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`no mail to ${to} arrived`)
}

beforeAll(async () => {
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve))
  const { port } = sink.server.address() as { port: number }
  server = await startTestServer({
    env: {
      EMAIL_FROM: 'cong@tiengiang.gov.vn',
      SERVER_URL: 'https://cms.tiengiang.gov.vn',
      SMTP_URL: `smtp://127.0.0.1:${port}`,
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
  await new Promise<void>((resolve) => sink.close(() => resolve()))
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
    const mail = await waitForMail('quantri@sothumot.gov.vn')
    expect(mail.from?.value[0]).toEqual({ address: 'cong@tiengiang.gov.vn', name: 'Cổng thông tin điện tử' })
    expect(mail.subject).toMatch(/Lời mời/)
    expect(String(mail.html)).toMatch(/https:\/\/cms\.tiengiang\.gov\.vn\/admin\/welcome\/[0-9a-f]{20,}/)
  })

  it('still creates the unit and the invitation when the SMTP server is down (the failure is logged)', async () => {
    await new Promise<void>((resolve) => sink.close(() => resolve()))
    const created = await createUnit('so-thu-hai', 'quantri@sothuhai.gov.vn')
    expect(created.status).toBe(201)
    const invited = await server.payload.find({
      collection: 'users',
      where: { email: { equals: 'quantri@sothuhai.gov.vn' } },
    })
    expect(invited.totalDocs).toBe(1)
  })
})

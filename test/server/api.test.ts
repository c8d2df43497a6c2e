import sharp from 'sharp'

import { gql, json, login } from '../helpers/http'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let province: number | string
const admin = { email: 'quantri@tiengiang.gov.vn', name: 'Quản trị viên', password: 'mật-khẩu-đủ-dài-1' }

beforeAll(async () => {
  server = await startTestServer()
  province = (await server.payload.find({ collection: 'units', where: { level: { equals: 'province' } } })).docs[0]!.id
})
afterAll(async () => {
  await server?.stop()
})

const pngUpload = async (alt: string) => {
  const png = await sharp({ create: { background: '#c00', channels: 3, height: 900, width: 1200 } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'co-do-sao-vang.png')
  form.append('_payload', JSON.stringify({ alt, unit: province }))
  return form
}

describe('REST and GraphQL through Payload on Express', () => {
  it('lets the first user register, then refuses a second first-register', async () => {
    const first = await fetch(`${server.url}/api/users/first-register`, {
      body: JSON.stringify(admin),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(first.status).toBe(200)
    const again = await fetch(`${server.url}/api/users/first-register`, {
      body: JSON.stringify({ ...admin, email: 'khac@tiengiang.gov.vn' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(again.status).toBe(403)
  })

  it('creates an image through REST as an admin and reads it back through GraphQL, as WebP sizes', async () => {
    const session = await login(server.url, admin.email, admin.password)
    const created = await json(
      await fetch(`${server.url}/api/media`, {
        body: await pngUpload('Cờ đỏ sao vàng'),
        headers: session.headers,
        method: 'POST',
      }),
    )
    expect(created.status).toBe(201)
    expect(created.body.doc.mimeType).toBe('image/webp')
    expect(created.body.doc.filename).toMatch(/\.webp$/)

    const { body } = await gql(
      server.url,
      `query ($id: ${typeof created.body.doc.id === 'number' ? 'Int' : 'String'}!) {
        Media(id: $id) { alt mimeType width height sizes { thumbnail { width height mimeType } card { width mimeType } } }
      }`,
      { id: created.body.doc.id },
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.Media).toEqual({
      alt: 'Cờ đỏ sao vàng',
      height: 900,
      mimeType: 'image/webp',
      sizes: {
        card: { mimeType: 'image/webp', width: 768 },
        thumbnail: { height: 240, mimeType: 'image/webp', width: 320 },
      },
      width: 1200,
    })
  })

  it('refuses an upload without a session, and stores nothing', async () => {
    const response = await fetch(`${server.url}/api/media`, { body: await pngUpload('x'), method: 'POST' })
    expect(response.status).toBe(403)
    expect(await server.payload.count({ collection: 'media' })).toEqual({ totalDocs: 1 })
  })

  it('names the field when a required value is missing', async () => {
    const session = await login(server.url, admin.email, admin.password)
    const form = await pngUpload('')
    const response = await json(
      await fetch(`${server.url}/api/media`, { body: form, headers: session.headers, method: 'POST' }),
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'alt' })])
  })

  it('answers GraphQL queries over GET and refuses mutations over GET', async () => {
    const query = await fetch(`${server.url}/api/graphql?query=${encodeURIComponent('{ __typename }')}`)
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } })

    const mutation = 'mutation { logoutUser }'
    const refused = await fetch(`${server.url}/api/graphql?query=${encodeURIComponent(mutation)}`)
    expect(refused.status).toBe(405)
  })

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await json(await fetch(`${server.url}/api/nothing-here`))
    expect(response.status).toBe(404)
  })
})

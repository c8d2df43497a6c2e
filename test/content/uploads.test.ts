import zlib from 'node:zlib'

import sharp from 'sharp'

import { countOf, fieldErrors, rest, useContentServer } from '../helpers/contentFixtures'

const content = useContentServer({ env: { MAX_DOCUMENT_MB: '0.05' } })

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'xref\n0 3\n0000000000 65535 f \ntrailer << /Size 3 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n',
  'latin1',
)
/** The first bytes of a Word 97–2003 / Excel 97–2003 file (Compound File Binary). */
const CFB = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4088)])
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>')
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')
/** A PNG that declares width × height but carries one row: its header is all a careful reader looks at. */
const declaredPng = (width: number, height: number) => {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])))
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 0, 0, 0, 0], 8) // 8-bit greyscale, no interlace
  const row = zlib.deflateSync(Buffer.alloc(width + 1))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', row),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
const png = () =>
  sharp({ create: { background: '#0a0', channels: 3, height: 300, width: 400 } })
    .png()
    .toBuffer()

const upload = (
  collection: 'files' | 'media',
  bytes: Buffer,
  name: string,
  type: string,
  person: 'approverC1' | 'approverC2' = 'approverC1',
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  const unit = content.world.units[person === 'approverC1' ? 'C1' : 'C2']
  form.append(
    '_payload',
    JSON.stringify(collection === 'media' ? { alt: 'Ảnh thử', unit } : { title: 'Tài liệu thử', unit }),
  )
  return rest(content.server, 'POST', `/${collection}`, { body: form, session: content.world.sessions[person] })
}

const refused = async (collection: 'files' | 'media', bytes: Buffer, name: string, type: string, expected: RegExp) => {
  const before = await countOf(content.server.payload, collection)
  const { body, status } = await upload(collection, bytes, name, type)
  expect(status).toBe(400)
  expect(fieldErrors(body)).toEqual([
    expect.objectContaining({ message: expect.stringMatching(expected), path: 'file' }),
  ])
  // The message itself is the reason (the admin panel's toast shows it).
  expect(body.errors[0].message).toMatch(expected)
  expect(await countOf(content.server.payload, collection)).toBe(before)
}

describe('images (media)', () => {
  it('accepts a real PNG for a unit and stores it as WebP', async () => {
    const { body, status } = await upload('media', await png(), 'anh.png', 'image/png')
    expect(status).toBe(201)
    expect(body.doc).toMatchObject({
      mimeType: 'image/webp',
      unit: expect.objectContaining({ id: content.world.units.C1 }),
    })
  })

  it('refuses a PDF renamed .png', () => refused('media', PDF, 'anh-gia.png', 'image/png', /PDF|application\/pdf/))
  it('refuses an SVG carrying a script', () => refused('media', SVG, 'logo.svg', 'image/svg+xml', /SVG/))
  it('refuses an SVG renamed .png', () => refused('media', SVG, 'logo.png', 'image/png', /SVG/))
  it('refuses HTML renamed .jpg', () => refused('media', HTML, 'trang.jpg', 'image/jpeg', /HTML/))

  it('refuses a decompression bomb (a small PNG declaring 100 megapixels) before decoding it, naming the limit', async () => {
    const bomb = declaredPng(10_000, 10_000)
    expect(bomb.length).toBeLessThan(20_000)
    await refused(
      'media',
      bomb,
      'bom.png',
      'image/png',
      /10000 × 10000 điểm ảnh \(100 megapixel\), vượt giới hạn 40 megapixel/,
    )
  })

  it('refuses an image whose content cannot be read, saying so', () =>
    refused(
      'media',
      Buffer.concat([declaredPng(10, 10).subarray(0, 20), Buffer.alloc(40)]),
      'hong.png',
      'image/png',
      /Không đọc được tệp hong.png/,
    ))

  it('belongs to its unit: another unit cannot change or delete it, anyone can fetch the file', async () => {
    const { body } = await upload('media', await png(), 'cua-xa.png', 'image/png')
    const deleted = await rest(content.server, 'DELETE', `/media/${body.doc.id}`, {
      session: content.world.sessions.approverC2,
    })
    expect([403, 404]).toContain(deleted.status)
    const changed = await rest(content.server, 'PATCH', `/media/${body.doc.id}`, {
      body: { alt: 'Đổi' },
      session: content.world.sessions.approverC2,
    })
    expect([403, 404]).toContain(changed.status)
    expect(await content.server.payload.findByID({ collection: 'media', id: body.doc.id })).toMatchObject({
      alt: 'Ảnh thử',
    })
    const file = await fetch(`${content.server.url}${new URL(body.doc.url).pathname}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/webp')
  })
})

describe('documents (files)', () => {
  it('attaches a unit’s documents to its news, never another unit’s', async () => {
    const own = await upload('files', PDF, 'ke-hoach.pdf', 'application/pdf')
    const other = await upload('files', PDF, 'cua-xa-khac.pdf', 'application/pdf', 'approverC2')
    const create = (attachments: unknown[]) =>
      rest(content.server, 'POST', '/news', {
        body: { _status: 'published', attachments, title: 'Kế hoạch có tệp đính kèm', unit: content.world.units.C1 },
        session: content.world.sessions.approverC1,
      })
    const attached = await create([own.body.doc.id])
    expect(attached.status).toBe(201)
    expect(attached.body.doc.attachments.map((file: { filename: string }) => file.filename)).toEqual([
      own.body.doc.filename,
    ])
    const foreign = await create([other.body.doc.id])
    expect(foreign.status).toBe(400)
    expect(fieldErrors(foreign.body).map((error) => error.path)).toEqual(['attachments'])
    // The same for a cover image: the multi-tenant plugin scopes relationships, not uploads.
    const otherImage = await upload('media', await png(), 'anh-xa-khac.png', 'image/png', 'approverC2')
    const foreignCover = await rest(content.server, 'POST', '/news', {
      body: {
        _status: 'published',
        cover: otherImage.body.doc.id,
        title: 'Ảnh của xã khác',
        unit: content.world.units.C1,
      },
      session: content.world.sessions.approverC1,
    })
    expect(foreignCover.status).toBe(400)
    expect(fieldErrors(foreignCover.body).map((error) => error.path)).toEqual(['cover'])
  })

  it('accepts a PDF', async () => {
    const { body, status } = await upload('files', PDF, 'quyet-dinh.pdf', 'application/pdf')
    expect(status).toBe(201)
    expect(body.doc.mimeType).toBe('application/pdf')
  })

  it('accepts a Word 97–2003 file and stores its proper type, whatever the browser claimed', async () => {
    const { body, status } = await upload('files', CFB, 'to-khai.doc', 'application/octet-stream')
    expect(status).toBe(201)
    expect(body.doc.mimeType).toBe('application/msword')
  })

  it('refuses a PDF renamed .docx, saying what it is', () =>
    refused(
      'files',
      PDF,
      'bao-cao.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      /PDF.*\.docx/,
    ))
  it('refuses HTML renamed .pdf', () => refused('files', HTML, 'van-ban.pdf', 'application/pdf', /HTML/))
  it('refuses an SVG', () => refused('files', SVG, 'so-do.svg', 'image/svg+xml', /SVG/))
  it('refuses a file over the size limit', () =>
    refused(
      'files',
      Buffer.concat([PDF, Buffer.alloc(60 * 1024, 32), Buffer.from('\n%%EOF\n')]),
      'lon.pdf',
      'application/pdf',
      /0\.1 MB|0\.05/,
    ))
})

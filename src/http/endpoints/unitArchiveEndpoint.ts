import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'

import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { inLanguage } from '../../base/errors/fieldError'
import { BadArchive } from '../../unitTransfer/archive'
import { exportUnit } from '../../unitTransfer/exportUnit'
import { ImportRefused, importUnit } from '../../unitTransfer/importUnit'
import { onlySuperAdmins, refuse } from './refuse'

const DOING = { en: "move a unit's content", vi: 'chuyển dữ liệu đơn vị' }

const CODE = /^[\p{L}\p{N}._-]{1,64}$/u

const noStore = { 'cache-control': 'no-store, private' }

/**
 * `GET /api/unit-archive?code=CODE[&versions=true]`: the unit's archive to download (`npm run unit -- export`).
 * `POST /api/unit-archive` (multipart: `file` an archive; `as` a unit code in `_payload` or the query string):
 * loads it (`npm run unit -- import`) and answers with what was imported. Super-admins only. An upload is held to
 * the instance's upload limit (UPLOAD_MAX_BYTES); larger archives go through the command line.
 */
export const unitArchiveEndpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/unit-archive',
    handler: async (req) => {
      const refused = onlySuperAdmins(req, DOING)
      if (refused) return refused
      const code = req.searchParams.get('code')?.trim() ?? ''
      if (!CODE.test(code))
        return refuse(req, 400, { en: 'Choose a unit (its code).', vi: 'Hãy chọn đơn vị (mã đơn vị).' }, 'code')
      const { totalDocs } = await req.payload.count({ collection: 'units', where: { code: { equals: code } } })
      if (!totalDocs)
        return refuse(req, 404, { en: `No unit has the code "${code}".`, vi: `Không có đơn vị mã "${code}".` }, 'code')
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-unit-archive-'))
      const file = path.join(folder, 'archive.tar.gz')
      try {
        await exportUnit(req.payload, { code, out: file, versions: req.searchParams.get('versions') === 'true' })
      } catch (error) {
        fs.rmSync(folder, { force: true, recursive: true })
        throw error
      }
      const stream = fs.createReadStream(file)
      // The file leaves with the answer, however the download ends.
      stream.on('close', () => fs.rmSync(folder, { force: true, recursive: true }))
      const day = new Date().toISOString().slice(0, 10)
      return new Response(Readable.toWeb(stream) as ReadableStream, {
        headers: {
          ...noStore,
          'content-disposition': `attachment; filename="don-vi-${encodeURIComponent(code)}-${day}.tar.gz"`,
          'content-length': String(fs.statSync(file).size),
          'content-type': 'application/gzip',
        },
      })
    },
  },
  {
    method: 'post',
    path: '/unit-archive',
    handler: async (req) => {
      const refused = onlySuperAdmins(req, DOING)
      if (refused) return refused
      await addDataAndFileToRequest(req)
      const as = (req.data as { as?: unknown } | undefined)?.as ?? req.searchParams.get('as') ?? undefined
      if (as !== undefined && as !== '' && (typeof as !== 'string' || !CODE.test(as)))
        return refuse(req, 400, { en: 'The unit code is not valid.', vi: 'Mã đơn vị không hợp lệ.' }, 'as')
      if (!req.file)
        return refuse(
          req,
          400,
          { en: 'Attach a unit archive (.tar.gz).', vi: 'Hãy đính kèm tệp lưu trữ (.tar.gz).' },
          'file',
        )
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-unit-upload-'))
      const file = path.join(folder, 'archive.tar.gz')
      try {
        fs.writeFileSync(file, req.file.data)
        const report = await importUnit(req.payload, { as: as || undefined, file, user: req.user! })
        return Response.json(report, { headers: noStore })
      } catch (error) {
        if (error instanceof ImportRefused || error instanceof BadArchive)
          return Response.json(
            { errors: [{ field: error instanceof BadArchive ? 'file' : 'as', message: inLanguage(req, error.why) }] },
            { headers: noStore, status: error instanceof BadArchive ? 400 : 409 },
          )
        throw error
      } finally {
        fs.rmSync(folder, { force: true, recursive: true })
      }
    },
  },
]

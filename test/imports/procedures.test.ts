import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { importRecords } from '../../src/imports/importRecords'
import { PROCEDURES } from '../../src/imports/kinds/procedures'
import { readRecords } from '../../src/imports/readRecords'
import { runCli } from '../helpers/cli'
import { unitIds } from '../helpers/tenancyFixtures'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let units: Awaited<ReturnType<typeof unitIds>>
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-import-'))

beforeAll(async () => {
  server = await startTestServer()
  units = await unitIds(server.payload)
})
afterAll(async () => {
  await server?.stop()
  fs.rmSync(folder, { force: true, recursive: true })
})

const HEADING = 'Mã thủ tục,Tên thủ tục,Cấp thực hiện,Lĩnh vực,Cách thức thực hiện,Thành phần hồ sơ,Trình tự thực hiện'
const CSV = [
  HEADING,
  '1.001193,Thủ tục đăng ký khai sinh,Cấp xã,ho tich,"Trực tiếp | 05 ngày làm việc | Không\nTrực tuyến | 03 ngày | Không","Tờ khai | 1 | 0",Nộp hồ sơ',
  '1.1234,Mã sai,Cấp xã,Hộ tịch,,,',
  '1.000894,Thủ tục đăng ký kết hôn,Cấp xã,Hộ tịch,Trực tiếp | 03 ngày | Không,,',
  ',Không có mã,Cấp xã,,,,',
  '2.000488,"Cấp giấy phép xây dựng, sửa chữa nhà ở",Cấp xã,Hoạt động xây dựng,,,',
].join('\n')

/** Runs `npm run import -- …` as a province's staff would, against the test server's database. */
const cli = (args: string[]) =>
  runCli('import', args, { DATABASE_URI: server.database.uri, PAYLOAD_SECRET: 'import-cli-secret-0123456789abcdef' })

const proceduresOf = async (unit: number | string) =>
  (
    await server.payload.find({
      collection: 'procedures',
      limit: 0,
      locale: 'vi',
      sort: 'code',
      where: { unit: { equals: unit } },
    })
  ).docs

describe('importing administrative procedures', () => {
  it('imports a CSV from the command line: good rows land, each rejected row is named with its line and reason', async () => {
    const file = path.join(folder, 'thu-tuc.csv')
    fs.writeFileSync(file, `\uFEFF${CSV}\n`)
    const run = await cli(['procedures', '--unit', '28261', file])
    expect(run.code).toBe(1)
    expect(run.output).toContain(
      'Đã nhập 5 dòng của thu-tuc.csv vào Phường 1 – TP Mỹ Tho (28261): 3 tạo mới, 0 cập nhật, 0 không đổi, 2 bị từ chối.',
    )
    expect(run.output).toMatch(/dòng 4, Mã thủ tục \(code\): .*1\.1234/)
    expect(run.output).toContain('dòng 6, Mã thủ tục (code): Thiếu mã thủ tục.')

    const stored = await proceduresOf(units.C1)
    expect(stored.map((procedure) => procedure.code)).toEqual(['1.000894', '1.001193', '2.000488'])
    const birth = stored.find((procedure) => procedure.code === '1.001193')!
    expect(birth).toMatchObject({
      _status: 'published',
      field: 'Hộ tịch',
      level: 'commune',
      name: 'Thủ tục đăng ký khai sinh',
      requiredDocuments: [expect.objectContaining({ copies: 0, name: 'Tờ khai', originals: 1 })],
      steps: [expect.objectContaining({ description: 'Nộp hồ sơ' })],
    })
    expect(birth.submissionMethods?.map((method) => method.method)).toEqual(['in-person', 'online'])

    const { docs } = await server.payload.find({
      collection: 'audit-entries',
      where: { action: { equals: 'import' } },
    })
    expect(docs[0]).toMatchObject({
      actorEmail: 'dòng lệnh (npm run import)',
      changes: expect.arrayContaining([{ field: 'created', from: null, to: 3 }]),
      documentTitle: 'thu-tuc.csv',
      unitTitle: 'Phường 1 – TP Mỹ Tho (28261)',
    })
  })

  it('changes nothing when the same file runs again, and only what differs when it changed', async () => {
    const records = readRecords(CSV, 'csv')
    const again = await importRecords(server.payload, PROCEDURES, records, { unit: units.C1 })
    expect(again).toMatchObject({ created: 0, unchanged: 3, updated: 0 })
    const edited = readRecords(CSV.replace('Thủ tục đăng ký kết hôn', 'Thủ tục đăng ký kết hôn (sửa đổi)'), 'csv')
    const changed = await importRecords(server.payload, PROCEDURES, edited, { unit: units.C1 })
    expect(changed).toMatchObject({ created: 0, unchanged: 2, updated: 1 })
    expect((await proceduresOf(units.C1)).find((p) => p.code === '1.000894')!.name).toBe(
      'Thủ tục đăng ký kết hôn (sửa đổi)',
    )
  })

  it('stores nothing in a dry run, and reports what a real run would do', async () => {
    const before = (await proceduresOf(units.C2)).length
    const report = await importRecords(server.payload, PROCEDURES, readRecords(CSV, 'csv'), {
      dryRun: true,
      unit: units.C2,
    })
    expect(report).toMatchObject({ created: 3, dryRun: true, updated: 0 })
    expect(report.rejected.map(({ line }) => line)).toEqual([4, 6])
    expect((await proceduresOf(units.C2)).length).toBe(before)
  })

  it('writes a batch with a bad row again row by row: the others land, the bad one leaves nothing', async () => {
    const records = Array.from({ length: 10 }, (_, index) => ({
      line: index + 1,
      record: {
        code: index === 4 ? '9.99' : `1.00${String(5000 + index)}`,
        field: 'Đất đai',
        level: 'district',
        name: `Thủ tục thứ ${index + 1}`,
      },
    }))
    const report = await importRecords(server.payload, PROCEDURES, records, { batchSize: 10, unit: units.D })
    expect(report).toMatchObject({ created: 9, updated: 0 })
    expect(report.rejected).toEqual([expect.objectContaining({ field: 'code', line: 5 })])
    const stored = await proceduresOf(units.D)
    expect(stored).toHaveLength(9)
    expect(stored.every((procedure) => procedure.name.startsWith('Thủ tục thứ'))).toBe(true)
  })

  it('updates a batch in bulk, and with a bad row again row by row: the others change, the bad one stays as it was', async () => {
    const records = (name: (index: number) => string) =>
      Array.from({ length: 10 }, (_, index) => ({
        line: index + 1,
        record: { code: `1.00${String(6000 + index)}`, field: 'Hộ tịch', level: 'commune', name: name(index) },
      }))
    await importRecords(
      server.payload,
      PROCEDURES,
      records((index) => `Thủ tục gốc ${index + 1}`),
      {
        batchSize: 10,
        unit: units.S,
      },
    )
    const changed = await importRecords(
      server.payload,
      PROCEDURES,
      records((index) => `Thủ tục đã sửa ${index + 1}`),
      {
        batchSize: 10,
        unit: units.S,
      },
    )
    expect(changed).toMatchObject({ created: 0, rejected: [], unchanged: 0, updated: 10 })
    // Line 5's new name is longer than a name may be (500 characters): Payload refuses it when it validates.
    const report = await importRecords(
      server.payload,
      PROCEDURES,
      records((index) => (index === 4 ? 'Tên quá dài '.repeat(50) : `Thủ tục sửa lần hai ${index + 1}`)),
      { batchSize: 10, unit: units.S },
    )
    expect(report).toMatchObject({ created: 0, unchanged: 0, updated: 9 })
    expect(report.rejected).toEqual([expect.objectContaining({ field: 'name', line: 5 })])
    const stored = (await proceduresOf(units.S)).filter(({ code }) => code.startsWith('1.0060'))
    expect(stored.map(({ name }) => name)).toEqual(
      Array.from({ length: 10 }, (_, index) => (index === 4 ? 'Thủ tục đã sửa 5' : `Thủ tục sửa lần hai ${index + 1}`)),
    )
    // Every save a version, the refused one none; the latest is the item as stored.
    for (const [index, procedure] of stored.entries()) {
      const { docs } = await server.payload.findVersions({
        collection: 'procedures',
        limit: 0,
        locale: 'vi',
        sort: '-updatedAt',
        where: { parent: { equals: procedure.id } },
      })
      expect(docs).toHaveLength(index === 4 ? 2 : 3)
      expect(docs.filter(({ latest }) => latest).map(({ version }) => version.name)).toEqual([procedure.name])
    }
  })

  it('imports a big file in several processes on a database server, with one report and one audit entry', async () => {
    const rows = Array.from({ length: 90 }, (_, index) =>
      index === 30
        ? '1.1234,Mã sai,Cấp xã,Hộ tịch,,,'
        : `1.0${index === 70 ? 80005 : 80000 + index},Thủ tục nhiều tiến trình ${index + 1},Cấp huyện,Hộ tịch,,,`,
    )
    const file = path.join(folder, 'nhieu-tien-trinh.csv')
    fs.writeFileSync(file, [HEADING, ...rows].join('\n'))
    const auditsBefore = (
      await server.payload.count({ collection: 'audit-entries', where: { action: { equals: 'import' } } })
    ).totalDocs
    // Three processes on PostgreSQL; SQLite, one writer at a time, always uses one.
    const run = await cli(['procedures', '--unit', '815', file, '--batch', '7', '--processes', '3'])
    expect(run.output).toContain('90 dòng của nhieu-tien-trinh.csv vào')
    expect(run.output).toContain('88 tạo mới, 0 cập nhật, 0 không đổi, 2 bị từ chối.')
    expect(run.output).toMatch(/dòng 32, Mã thủ tục \(code\)/)
    expect(run.output).toMatch(/dòng 72, Mã thủ tục \(code\): "1\.080005" đã có ở dòng 7/)
    expect(run.code).toBe(1)
    if (server.database.kind !== 'sqlite') expect(run.output).toContain('Ghi bằng 3 tiến trình song song.')
    else expect(run.output).not.toContain('tiến trình')
    const stored = (await proceduresOf(units.D)).filter((each) => each.name.startsWith('Thủ tục nhiều tiến trình'))
    expect(stored).toHaveLength(88)
    expect(
      (await server.payload.count({ collection: 'audit-entries', where: { action: { equals: 'import' } } })).totalDocs,
    ).toBe(auditsBefore + 1)
    const again = await cli(['procedures', '--unit', '815', file, '--batch', '7', '--processes', '3'])
    expect(again.output).toContain('0 tạo mới, 0 cập nhật, 88 không đổi, 2 bị từ chối.')
    expect((await cli(['procedures', '--unit', '815', file, '--processes', '0'])).code).toBe(2)
  })

  it('writes several batches at once with the same outcome as one at a time: bad rows and repeats rejected, progress in order', async () => {
    const records = (suffix: string) =>
      Array.from({ length: 60 }, (_, index) => ({
        line: index + 2,
        record: {
          // Line 9 and 40 are bad codes; line 50 repeats the code of line 12.
          code: [7, 38].includes(index) ? '9.99' : `1.0${index === 48 ? 70010 : 70000 + index}`,
          field: 'Hộ tịch',
          level: 'commune',
          name: `Thủ tục song song ${index + 1}${suffix}`,
        },
      }))
    const outcomes = []
    for (const [writersAtOnce, unit] of [
      [1, units.C1],
      [4, units.P],
    ] as const) {
      const progress: number[] = []
      const report = await importRecords(server.payload, PROCEDURES, records(''), {
        batchSize: 7,
        onProgress: (done) => progress.push(done),
        unit,
        writersAtOnce,
      })
      expect(progress).toEqual([...progress].sort((a, b) => a - b))
      expect(progress.at(-1)).toBe(60)
      const changed = await importRecords(server.payload, PROCEDURES, records(' (sửa)'), {
        batchSize: 7,
        unit,
        writersAtOnce,
      })
      const stored = await proceduresOf(unit)
      outcomes.push({
        changed: {
          created: changed.created,
          rejected: changed.rejected.map(({ line }) => line),
          updated: changed.updated,
        },
        first: { created: report.created, rejected: report.rejected.map(({ field, line }) => [line, field]) },
        stored: stored
          .filter((procedure) => procedure.name.startsWith('Thủ tục song song'))
          .map(({ code, name }) => `${code} ${name}`)
          .sort(),
      })
    }
    expect(outcomes[0]!.first).toEqual({
      created: 57,
      rejected: [
        [9, 'code'],
        [40, 'code'],
        [50, 'code'],
      ],
    })
    expect(outcomes[0]!.changed).toEqual({ created: 0, rejected: [9, 40, 50], updated: 57 })
    expect(outcomes[0]!.stored).toHaveLength(57)
    expect(outcomes[0]!.stored.every((each) => each.endsWith(' (sửa)'))).toBe(true)
    expect(outcomes[1]).toEqual(outcomes[0])
  })

  it('reads JSON in the national database’s terms, refuses a code twice in one file, keeps units apart', async () => {
    const json = JSON.stringify({
      procedures: [
        {
          'Cấp thực hiện': 'Cấp huyện',
          'Lĩnh vực': 'Hộ tịch',
          'Mã thủ tục': '1.001193',
          'Tên thủ tục': 'Khai sinh (cấp huyện)',
        },
        { 'Cấp thực hiện': 'Cấp huyện', 'Lĩnh vực': 'Hộ tịch', 'Mã thủ tục': '1.001193', 'Tên thủ tục': 'Trùng mã' },
      ],
    })
    const report = await importRecords(server.payload, PROCEDURES, readRecords(json, 'json'), { unit: units.S })
    expect(report.created).toBe(1)
    expect(report.rejected).toEqual([
      expect.objectContaining({
        field: 'code',
        line: 2,
        message: expect.objectContaining({ vi: '"1.001193" đã có ở dòng 1 của tệp này.' }),
      }),
    ])
    // The same code in commune C1 is another unit's procedure, untouched.
    expect((await proceduresOf(units.C1)).find((p) => p.code === '1.001193')!.name).toBe('Thủ tục đăng ký khai sinh')
  })

  it('refuses a file that is not CSV or JSON, saying why, and a missing unit', async () => {
    const broken = path.join(folder, 'hong.json')
    fs.writeFileSync(broken, '{"procedures": [')
    const run = await cli(['procedures', '--unit', '28261', broken])
    expect(run.code).toBe(1)
    expect(run.output).toMatch(/hong\.json: Not JSON/)
    const noUnit = await cli(['procedures', '--unit', '99999', broken])
    expect(noUnit).toEqual({ code: 2, output: 'No unit has the code "99999".\n' })
  })
})

describe('importing from the admin panel (POST /api/imports/procedures)', () => {
  const post = (form: FormData, headers: Record<string, string>) =>
    fetch(`${server.url}/api/imports/procedures`, { body: form, headers, method: 'POST' }).then(async (response) => ({
      body: await response.json(),
      status: response.status,
    }))
  const formOf = (unit: unknown, content?: string, name = 'thu-tuc.csv', dryRun = false) => {
    const form = new FormData()
    form.set('_payload', JSON.stringify({ dryRun, unit }))
    if (content !== undefined) form.set('file', new Blob([content], { type: 'text/csv' }), name)
    return form
  }

  it('imports for a unit’s admin, with their rights, and refuses everyone else, naming what is wrong', async () => {
    const { login } = await import('../helpers/http')
    const { PASSWORD } = await import('../helpers/tenancyFixtures')
    // The first account of an instance is a super-admin: someone else is first.
    await server.payload.create({
      collection: 'users',
      data: { email: 'tinh@tiengiang.gov.vn', isSuperAdmin: true, password: PASSWORD },
    })
    for (const [email, role] of [
      ['quantri.c2@tiengiang.gov.vn', 'unit-admin'],
      ['bientap.c2@tiengiang.gov.vn', 'editor'],
    ] as const)
      await server.payload.create({
        collection: 'users',
        data: { assignments: [{ role, unit: units.C2 as number }], email, password: PASSWORD },
      })
    const admin = (await login(server.url, 'quantri.c2@tiengiang.gov.vn', PASSWORD)).headers
    const editor = (await login(server.url, 'bientap.c2@tiengiang.gov.vn', PASSWORD)).headers

    const tried = await post(formOf(units.C2, CSV, 'thu-tuc.csv', true), admin)
    expect(tried.status).toBe(200)
    expect(tried.body).toMatchObject({ created: 3, dryRun: true })
    expect(await proceduresOf(units.C2)).toHaveLength(0)
    const done = await post(formOf(units.C2, CSV), admin)
    expect(done.body).toMatchObject({ created: 3, dryRun: false })
    expect(done.body.rejected.map((row: { line: number }) => row.line)).toEqual([4, 6])
    expect(await proceduresOf(units.C2)).toHaveLength(3)

    expect((await post(formOf(units.C2, CSV), editor)).status).toBe(403)
    const elsewhere = await post(formOf(units.C1, CSV), admin)
    expect(elsewhere).toMatchObject({ body: { errors: [{ field: 'unit' }] }, status: 403 })
    expect((await post(formOf(units.C2), admin)).body.errors[0].field).toBe('file')
    expect((await post(formOf(units.C2, 'xin chào', 'thu-tuc.txt'), admin)).body.errors[0].field).toBe('file')
    expect((await post(formOf(units.C2, '[{', 'thu-tuc.json'), admin)).status).toBe(400)
    expect((await post(formOf(units.C2, CSV), {})).status).toBe(401)
  })
})

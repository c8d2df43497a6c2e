import { runCli } from '../helpers/cli'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(async () => {
  await database?.drop()
})

/** Runs `npm run unit|user -- ...` as an administrator would, against the test database. */
const cli = (script: 'unit' | 'user', args: string[], env: Record<string, string> = {}) =>
  runCli(script, args, {
    DATABASE_URI: database.uri,
    PAYLOAD_SECRET: 'cli-test-secret-0123456789abcdef0123',
    SERVER_URL: 'https://cms.tiengiang.gov.vn',
    ...env,
  })

describe('provisioning from the command line', () => {
  it('creates a super-admin with the password from ADMIN_PASSWORD, never printing it', async () => {
    const result = await cli('user', ['create', '--email', 'tinh@tiengiang.gov.vn', '--role', 'super-admin'], {
      ADMIN_PASSWORD: 'Mat-Khau-Bi-Mat-9',
    })
    expect(result).toEqual({ code: 0, output: expect.stringContaining('Created tinh@tiengiang.gov.vn: super-admin.') })
    expect(result.output).not.toContain('Mat-Khau-Bi-Mat-9')
  })

  it('creates a unit with its domain and invites its first admin by a one-time link', async () => {
    const result = await cli('unit', [
      'create',
      '--code',
      '28990',
      '--name',
      'Phường Thới Sơn',
      '--level',
      'commune',
      '--parent',
      '815',
      '--name-en',
      'Thoi Son Ward',
      '--admin',
      'qt@thoison.gov.vn',
    ])
    expect(result.code).toBe(0)
    expect(result.output).toContain(
      'Created Phường Thới Sơn (28990), slug phuong-thoi-son, portal phuongthoison.tiengiang.gov.vn.',
    )
    expect(result.output).toMatch(
      /one-time link \(valid 3 days\):\nhttps:\/\/cms\.tiengiang\.gov\.vn\/admin\/welcome\/[0-9a-f]{20,}\n/,
    )
  })

  it('refuses a duplicate code, an unknown parent and a wrong level, naming the problem', async () => {
    const duplicate = await cli('unit', [
      'create',
      '--code',
      '28990',
      '--name',
      'Khác',
      '--level',
      'commune',
      '--parent',
      '815',
    ])
    expect(duplicate.code).toBe(1)
    expect(duplicate.output).toMatch(/^code: /m)
    const unknownParent = await cli('unit', [
      'create',
      '--code',
      '28991',
      '--name',
      'Khác',
      '--level',
      'commune',
      '--parent',
      '999',
    ])
    expect(unknownParent).toEqual({ code: 2, output: 'No unit has the code "999".\n' })
    const wrongLevel = await cli('unit', ['create', '--code', '28992', '--name', 'Khác', '--level', 'hamlet'])
    expect(wrongLevel.code).toBe(2)
    expect(wrongLevel.output).toMatch(/^Unknown level "hamlet"/)
    const underDepartment = await cli('unit', [
      'create',
      '--code',
      '28993',
      '--name',
      'Khác',
      '--level',
      'commune',
      '--parent',
      'so-y-te',
    ])
    expect(underDepartment.code).toBe(1)
    expect(underDepartment.output).toMatch(/^parent: /m)
  })

  it('gives an editor a role in one unit, and asks for a password when none is given and there is no terminal', async () => {
    const editor = await cli(
      'user',
      ['create', '--email', 'bt@thoison.gov.vn', '--role', 'editor', '--unit', '28990'],
      {
        ADMIN_PASSWORD: 'mat-khau-bien-tap',
      },
    )
    expect(editor.output).toContain('Created bt@thoison.gov.vn: editor in Phường Thới Sơn (28990).')
    const noPassword = await cli('user', [
      'create',
      '--email',
      'x@thoison.gov.vn',
      '--role',
      'editor',
      '--unit',
      '28990',
    ])
    expect(noPassword).toEqual({
      code: 2,
      output: 'Set ADMIN_PASSWORD, or run this in a terminal to be asked for it.\n',
    })
  })

  it('re-seeds idempotently', async () => {
    expect(await cli('unit', ['seed'])).toEqual({ code: 0, output: 'Units: 0 created, 202 already there.\n' })
  })
})

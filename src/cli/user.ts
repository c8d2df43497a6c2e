import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'
import { parseArgs } from 'node:util'

import { ROLES, type Role } from '../../tenants/roles'
import { findUnitByCode, runCommand, UsageError } from './session'

const USAGE = `Usage:
  npm run user -- create --email EMAIL --role super-admin [--name NAME]
  npm run user -- create --email EMAIL --role ${ROLES.join('|')} --unit CODE [--include-subunits] [--name NAME]
The password is read from ADMIN_PASSWORD, or asked for (not echoed); it is never printed.`

/** Asks for a password on the terminal without echoing it. */
const askPassword = async (): Promise<string> => {
  if (!process.stdin.isTTY) throw new UsageError('Set ADMIN_PASSWORD, or run this in a terminal to be asked for it.')
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() })
  const rl = createInterface({ input: process.stdin, output: muted, terminal: true })
  process.stdout.write('Password: ')
  const password = await new Promise<string>((resolve) => rl.question('', resolve))
  rl.close()
  process.stdout.write('\n')
  return password
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    'include-subunits': { type: 'boolean' },
    name: { type: 'string' },
    role: { type: 'string' },
    unit: { type: 'string' },
  },
  strict: false,
})

await runCommand(async (payload) => {
  if (positionals[0] !== 'create') throw new UsageError(USAGE)
  const { email, role } = values as { email?: string; role?: string }
  if (!email || !role) throw new UsageError(`create needs --email and --role.\n${USAGE}`)
  const superAdmin = role === 'super-admin'
  if (!superAdmin && !ROLES.includes(role as Role)) throw new UsageError(`Unknown role "${role}".\n${USAGE}`)
  if (!superAdmin && typeof values.unit !== 'string')
    throw new UsageError(`The role ${role} needs --unit CODE.\n${USAGE}`)
  const unit = superAdmin ? undefined : await findUnitByCode(payload, values.unit as string)

  const password = process.env.ADMIN_PASSWORD || (await askPassword())
  if (password.length < 8) throw new UsageError('The password must have at least 8 characters.')
  const user = await payload.create({
    collection: 'users',
    data: {
      assignments: unit
        ? [{ includeSubunits: Boolean(values['include-subunits']), role: role as Role, unit: unit.id }]
        : [],
      email,
      isSuperAdmin: superAdmin,
      name: typeof values.name === 'string' ? values.name : undefined,
      password,
    },
  })
  process.stdout.write(
    `Created ${user.email}: ${superAdmin ? 'super-admin' : `${role} in ${unit!.name} (${unit!.code})`}.\n`,
  )
})

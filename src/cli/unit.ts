import { parseArgs } from 'node:util'

import { createLocalReq } from 'payload'

import { UNIT_LEVELS, type UnitLevel } from '../../tenants/levels'
import type { Invitation } from '../../tenants/provisioning/inviteUser'
import { seedUnits } from '../../tenants/seed/seedUnits'
import { findUnitByCode, runCommand, UsageError } from './session'

const USAGE = `Usage:
  npm run unit -- create --code CODE --name NAME --level LEVEL [--parent CODE] [--name-en NAME]
                         [--slug SLUG] [--domain DOMAIN] [--admin EMAIL]
  npm run unit -- list [--level LEVEL]
  npm run unit -- seed          (creates the 202 units of 2023 that are missing; changes nothing else)
LEVEL is one of ${UNIT_LEVELS.join(', ')}.`

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    admin: { type: 'string' },
    code: { type: 'string' },
    domain: { type: 'string' },
    level: { type: 'string' },
    name: { type: 'string' },
    'name-en': { type: 'string' },
    parent: { type: 'string' },
    slug: { type: 'string' },
  },
  strict: false,
})
const text = (name: keyof typeof values) => (typeof values[name] === 'string' ? (values[name] as string) : undefined)

await runCommand(async (payload) => {
  switch (positionals[0]) {
    case 'create': {
      const [code, name, level] = [text('code'), text('name'), text('level')]
      if (!code || !name || !level) throw new UsageError(`create needs --code, --name and --level.\n${USAGE}`)
      if (!UNIT_LEVELS.includes(level as UnitLevel)) throw new UsageError(`Unknown level "${level}".\n${USAGE}`)
      const parent = text('parent') ? await findUnitByCode(payload, text('parent')!) : undefined
      const req = await createLocalReq({}, payload)
      const unit = await payload.create({
        collection: 'units',
        data: {
          code,
          domains: text('domain') ? [{ domain: text('domain')! }] : undefined,
          inviteAdminEmail: text('admin'),
          level: level as UnitLevel,
          name,
          parent: parent?.id,
          slug: text('slug'),
          status: 'active',
        },
        locale: 'vi',
        req,
      })
      const { invitation } = req.context as { invitation?: Invitation }
      if (text('name-en')) {
        await payload.update({ collection: 'units', data: { name: text('name-en')! }, id: unit.id, locale: 'en' })
      }
      process.stdout.write(
        `Created ${unit.name} (${unit.code}), slug ${unit.slug}, portal ${unit.domains?.[0]?.domain}.\n`,
      )
      if (invitation) {
        process.stdout.write(
          `Invited ${text('admin')} as unit admin; one-time link (valid 3 days):\n${invitation.link}\n`,
        )
        // The link names the address people open the panel at; without SERVER_URL that is a guess from PORT.
        if (!process.env.SERVER_URL?.trim()) {
          process.stdout.write(
            `(The link uses ${payload.config.serverURL}; set SERVER_URL to the address people open the admin panel at.)\n`,
          )
        }
      }
      return
    }
    case 'list': {
      const { docs } = await payload.find({
        collection: 'units',
        depth: 0,
        limit: 0,
        sort: 'code',
        where: text('level') ? { level: { equals: text('level') } } : undefined,
      })
      for (const unit of docs) {
        process.stdout.write(
          `${unit.code}\t${unit.level}\t${unit.status}\t${unit.slug}\t${unit.domains?.[0]?.domain ?? ''}\t${unit.name}\n`,
        )
      }
      return
    }
    case 'seed': {
      const result = await seedUnits(payload)
      process.stdout.write(`Units: ${result.created} created, ${result.unchanged} already there.\n`)
      return
    }
    default:
      throw new UsageError(USAGE)
  }
})

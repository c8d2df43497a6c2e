import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createLocalReq } from 'payload'

import { UNIT_LEVELS, type UnitLevel } from '../../tenants/levels'
import type { Invitation } from '../../tenants/provisioning/inviteUser'
import { seedUnits } from '../../tenants/seed/seedUnits'
import { BadArchive } from '../unitTransfer/archive'
import { ExportFailed, exportUnit } from '../unitTransfer/exportUnit'
import { ImportRefused, importUnit } from '../unitTransfer/importUnit'
import { CommandFailure, findUnitByCode, runCommand, UsageError } from './session'

const USAGE = `Usage:
  npm run unit -- create --code CODE --name NAME --level LEVEL [--parent CODE] [--name-en NAME]
                         [--slug SLUG] [--domain DOMAIN] [--admin EMAIL]
  npm run unit -- list [--level LEVEL]
  npm run unit -- seed          (creates the 202 units of 2023 that are missing; changes nothing else)
  npm run unit -- export CODE --out FILE [--versions]
                                (one unit's content, its files and, with --versions, its history, in one archive)
  npm run unit -- import FILE [--as CODE] [--report FILE]
                                (into the archive's unit, or CODE, of this instance: new ids, references kept;
                                 --report writes what was imported and each item's new id as JSON)
LEVEL is one of ${UNIT_LEVELS.join(', ')}.`

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    admin: { type: 'string' },
    code: { type: 'string' },
    domain: { type: 'string' },
    level: { type: 'string' },
    as: { type: 'string' },
    name: { type: 'string' },
    'name-en': { type: 'string' },
    out: { type: 'string' },
    parent: { type: 'string' },
    report: { type: 'string' },
    versions: { type: 'boolean' },
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
    case 'export': {
      const [, code] = positionals
      const out = text('out')
      if (!code || !out) throw new UsageError(`export needs a unit code and --out FILE.\n${USAGE}`)
      await findUnitByCode(payload, code)
      const report = await exportUnit(payload, {
        code,
        out: path.resolve(out),
        versions: values.versions === true,
      }).catch((error) => {
        throw error instanceof ExportFailed ? new CommandFailure(error.message) : error
      })
      const counts = Object.entries(report.collections).map(([slug, count]) => `${slug} ${count}`)
      process.stdout.write(
        `Exported ${code}: ${report.items} items (${counts.join(', ') || 'none'}), ${report.files} files, ` +
          `${report.outside} references to other units' items, to ${out}.\n`,
      )
      return
    }
    case 'import': {
      const [, file] = positionals
      if (!file) throw new UsageError(`import needs the archive file.\n${USAGE}`)
      if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file`)
      const report = await importUnit(payload, { as: text('as'), file: path.resolve(file) }).catch((error) => {
        if (error instanceof ImportRefused || error instanceof BadArchive) throw new CommandFailure(error.message)
        throw error
      })
      const counts = Object.entries(report.collections).map(([slug, count]) => `${slug} ${count}`)
      process.stdout.write(`Imported into ${report.unit}: ${counts.join(', ') || 'nothing'}; ${report.files} files.\n`)
      for (const { item, reference } of report.unresolved)
        process.stdout.write(`  left out: ${item} referred to ${reference}, which this instance does not have\n`)
      if (text('report')) fs.writeFileSync(text('report')!, JSON.stringify(report, null, 2))
      return
    }
    default:
      throw new UsageError(USAGE)
  }
})

import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { parseArgs } from 'node:util'

import type { Where } from 'payload'

import { auditCsv } from '../audit/exportCsv'
import { verifyAuditLog } from '../audit/verify'
import { CommandFailure, findUnitByCode, runCommand, UsageError } from './session'

const USAGE = `Usage:
  npm run audit -- verify       checks that no entry of the audit log was changed or removed in the database
  npm run audit -- export [--unit CODE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE]
                                writes the entries (oldest first) as CSV, to FILE or standard output`

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { from: { type: 'string' }, out: { type: 'string' }, to: { type: 'string' }, unit: { type: 'string' } },
  strict: false,
})
const text = (name: keyof typeof values) => (typeof values[name] === 'string' ? (values[name] as string) : undefined)

/** A day given on the command line, as the moment it starts in Vietnam (UTC+7). */
const dayStart = (name: string, value: string | undefined, plusDays = 0): string | undefined => {
  if (value === undefined) return undefined
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new UsageError(`--${name} must be a day as YYYY-MM-DD (got "${value}").`)
  const start = new Date(`${value}T00:00:00+07:00`)
  if (Number.isNaN(start.getTime())) throw new UsageError(`--${name} is not a day: "${value}".`)
  return new Date(start.getTime() + plusDays * 86_400_000).toISOString()
}

await runCommand(async (payload) => {
  switch (positionals[0]) {
    case 'verify': {
      const result = await verifyAuditLog(payload)
      if (result.problem)
        throw new CommandFailure(
          `Audit log NOT intact: entry ${result.problem.sequence} ${result.problem.reason} (${result.checked} entries read).`,
        )
      process.stdout.write(
        result.checked === 0
          ? 'Audit log is empty.\n'
          : `Audit log intact: ${result.checked} entries, ${result.first} to ${result.last}.\n`,
      )
      return
    }
    case 'export': {
      const conditions: Where[] = []
      const from = dayStart('from', text('from'))
      const to = dayStart('to', text('to'), 1)
      if (from) conditions.push({ at: { greater_than_equal: from } })
      if (to) conditions.push({ at: { less_than: to } })
      if (text('unit'))
        conditions.push({ unitId: { equals: String((await findUnitByCode(payload, text('unit')!)).id) } })
      const out = text('out') ? createWriteStream(text('out')!) : process.stdout
      for await (const chunk of auditCsv(payload, { and: conditions })) {
        if (!out.write(chunk)) await once(out, 'drain')
      }
      if (out !== process.stdout) {
        out.end()
        await once(out, 'finish')
      }
      return
    }
    default:
      throw new UsageError(USAGE)
  }
})

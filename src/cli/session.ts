import { readFile } from 'node:fs/promises'

import { formatOfName, type NumberedRecord, readRecords, UnreadableFile } from '../imports/readRecords'
import { getPayload, type Payload } from 'payload'
import { loadEnv } from 'payload/node'

import { ConfigError } from '../base/errors/ConfigError'
import { createConfig } from '../config/createConfig'
import { readSettings } from '../settings/settings'
import { closeConnections } from '../db/closeConnections'
import { prepareDatabase } from '../db/prepareDatabase'

/** A problem with what the command was asked to do: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** The command ran and found something wrong (a check that failed): printed as one line, exit code 1. */
export class CommandFailure extends Error {}

/**
 * Runs a CLI command against the database DATABASE_URI names (migrated, and seeded if fresh, as `npm start`
 * does), then closes it. Expected
 * mistakes print one line; Payload validation errors print the field and message.
 */
export const runCommand = async (command: (payload: Payload) => Promise<void>): Promise<never> => {
  loadEnv()
  try {
    const settings = readSettings()
    // Commands print their own results; Payload's info lines would drown them unless LOG_LEVEL asks for them.
    const logLevel = process.env.LOG_LEVEL ? settings.logLevel : 'warn'
    const payload = await getPayload({ config: createConfig({ ...settings, logLevel }), disableOnInit: true })
    try {
      await prepareDatabase(payload, settings.database.kind)
      await command(payload)
    } finally {
      await closeConnections(payload)
    }
    process.exit(0)
  } catch (error) {
    const fieldErrors = (error as { data?: { errors?: Array<{ message: string; path: string }> } }).data?.errors
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof CommandFailure)
      process.stderr.write(`${error.message}\n`)
    else if (fieldErrors?.length) for (const e of fieldErrors) process.stderr.write(`${e.path}: ${e.message}\n`)
    else process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
    process.exit(error instanceof UsageError ? 2 : 1)
  }
}

export const findUnitByCode = async (payload: Payload, code: string) => {
  const { docs } = await payload.find({ collection: 'units', depth: 0, limit: 1, where: { code: { equals: code } } })
  if (!docs[0]) throw new UsageError(`No unit has the code "${code}".`)
  return docs[0]
}

/**
 * The records of a CSV or JSON file named on the command line (src/imports/readRecords.ts): a usage error for a
 * name without .csv or .json or a file that is not there, a failure for one that cannot be read as records.
 */
export const readRecordsFile = async (file: string): Promise<NumberedRecord[]> => {
  const format = formatOfName(file)
  if (!format) throw new UsageError(`${file}: the file must end in .csv or .json.`)
  const content = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`)
  })
  try {
    return readRecords(content, format)
  } catch (error) {
    if (error instanceof UnreadableFile) throw new CommandFailure(`${file}: ${error.message}`)
    throw error
  }
}

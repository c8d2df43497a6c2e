import type { Payload } from 'payload'

import { type NumberedRecord, readRecords } from '../imports/readRecords'
import { type Plan, planReorganisation, planRow, type PlanRow } from './rules/plan'
import { readState } from './state'

/** The rows of a plan file (CSV with a heading row, or JSON: a list of objects); see the README's "Reorganising units". */
export const readPlanFile = (content: string, format: 'csv' | 'json'): PlanRow[] =>
  planRowsOf(readRecords(content, format))

/** A plan file's records (however they were read) as plan rows. */
export const planRowsOf = (records: NumberedRecord[]): PlanRow[] =>
  records.map(({ line, record }) => planRow(line, record))

/** The plan of these rows against the units, people and content as they stand now. */
export const planAgainstNow = async (payload: Payload, rows: PlanRow[]): Promise<Plan> =>
  planReorganisation(rows, await readState(payload))

import { parse } from 'csv-parse/sync'

import type { RawRecord } from './rules/procedureRecord'

/** A record of an import file with where it stands: the CSV line it starts on, or the JSON item's number. */
export type NumberedRecord = { line: number; record: RawRecord }

/** A file that cannot be read as records at all (not CSV or JSON, broken quoting, not a list). */
export class UnreadableFile extends Error {}

/**
 * The records of an import file: CSV with a heading row (UTF-8, a byte-order mark allowed, comma or semicolon
 * as spreadsheet programs write them), or JSON (a list of objects, or an object holding one list).
 */
export const readRecords = (content: string, format: 'csv' | 'json'): NumberedRecord[] => {
  if (format === 'json') {
    let parsed: unknown
    try {
      parsed = JSON.parse(content.replace(/^\uFEFF/, ''))
    } catch (error) {
      throw new UnreadableFile(`Not JSON: ${(error as Error).message}`)
    }
    const list = Array.isArray(parsed)
      ? parsed
      : parsed && typeof parsed === 'object'
        ? Object.values(parsed).find(Array.isArray)
        : undefined
    if (!list) throw new UnreadableFile('The JSON holds no list of records.')
    return list.map((record, index) => ({
      line: index + 1,
      record: record && typeof record === 'object' && !Array.isArray(record) ? (record as RawRecord) : {},
    }))
  }
  const firstLine = content.slice(0, content.indexOf('\n') === -1 ? undefined : content.indexOf('\n'))
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  try {
    const rows = parse(content, {
      bom: true,
      columns: true,
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as Array<{ info: { lines: number }; record: RawRecord }>
    // csv-parse tells the line a record ends on; it starts after the one before (a cell may hold line breaks).
    let previousEnd = 1
    return rows.map(({ info, record }) => {
      const line = previousEnd + 1
      previousEnd = info.lines
      return { line, record }
    })
  } catch (error) {
    throw new UnreadableFile(`Not CSV: ${(error as Error).message}`)
  }
}

/** Which format a file name says (.csv or .json); undefined for anything else. */
export const formatOfName = (name: string): 'csv' | 'json' | undefined =>
  /\.csv$/i.test(name) ? 'csv' : /\.json$/i.test(name) ? 'json' : undefined

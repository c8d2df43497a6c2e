import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'csv-parse/sync'

import type { UnitLevel } from '../levels'
import { DEPARTMENT_NAMES_EN, englishUnitName } from './englishNames'

export type UnitRow = { code: string; level: UnitLevel; name: string; nameEn: string; parentCode?: string }

// From the project root, as the migrations are found: the server runs bundled (dist/server.mjs), where this
// module's own location is not tenants/seed.
const DATA_DIR = path.resolve(process.cwd(), 'tenants/data')

const readCsv = (file: string): Array<Record<string, string>> =>
  parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8'), { columns: true, skip_empty_lines: true, trim: true })

const LEVEL_ORDER: Record<UnitLevel, number> = { commune: 3, department: 1, district: 2, province: 0 }

/**
 * The 202 units of the 2023 structure (tenants/data/SOURCES.md): the province, 18 departments, 11 districts,
 * 172 communes; parents always before their children.
 */
export const unitRows2023 = (): UnitRow[] => {
  const units = readCsv('units.csv').map((row) => ({
    code: row.code!,
    level: row.level as UnitLevel,
    name: row.name!.normalize('NFC'),
    nameEn: englishUnitName(row.name!.normalize('NFC')),
    parentCode: row.parent_code || undefined,
  }))
  const departments = readCsv('departments.csv').map((row) => ({
    code: row.key!,
    level: 'department' as const,
    name: row.name!.normalize('NFC'),
    nameEn: DEPARTMENT_NAMES_EN[row.key!] ?? englishUnitName(row.name!),
    parentCode: row.parent_code || undefined,
  }))
  return [...units, ...departments].sort(
    (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code),
  )
}

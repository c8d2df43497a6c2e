import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'csv-parse/sync'

/**
 * The 2025 reorganisation plan of the former Tiền Giang, as a province's staff would write it from the official
 * lists in tenants/data (Resolution 1663/NQ-UBTVQH15; GSO letter 1027/CTK-CSCL): the province renamed Tỉnh Đồng
 * Tháp with its new domain, each new ward or commune created (or, when it keeps an old one's code, that one renamed
 * and moved under the province), every old commune merged into its new one, the former Đồng Tháp's communes
 * provisioned, the districts abolished. CSV with Vietnamese headings. `successors` adds merges the lists lack.
 */
const DATA = path.resolve('tenants/data')
export const officialList = (file: string) =>
  parse(fs.readFileSync(path.join(DATA, file), 'utf8'), { columns: true, skip_empty_lines: true }) as Array<
    Record<string, string>
  >

export const MAPPING = officialList('tiengiang_2025_mapping_old_to_new.csv')
export const NEW_COMMUNES = officialList('dongthap_new_2025-07_communes.csv')
export const UNITS_2023 = officialList('units.csv')
/** The communes of the 2023 list no longer listed by 01/03/2025: the sources give them no successor. */
export const REMOVED = officialList('units_changes_2023_to_2025-03.csv').filter((row) =>
  row.change!.startsWith('removed'),
)

/** A successor for each removed commune: the new unit its former district's first listed ward went to. */
export const siblingSuccessors = (): Record<string, string> =>
  Object.fromEntries(
    REMOVED.map((removed) => {
      const sibling = MAPPING.find((row) =>
        UNITS_2023.some(
          (unit) => unit.code === row['old_code_2025-03'] && unit.parent_code === removed['parent_2023-04'],
        ),
      )!
      return [removed.code!, sibling['new_code_2025-07']!]
    }),
  )

export const planFromOfficialLists = (successors: Record<string, string> = {}): string => {
  const rows: string[][] = [
    ['Thao tác', 'Mã đơn vị', 'Tên mới', 'Cấp', 'Đơn vị cấp trên', 'Sáp nhập vào', 'Tên miền mới'],
  ]
  rows.push(['đổi tên', '82', 'Tỉnh Đồng Tháp', '', '', '', 'dongthap.gov.vn'])
  const oldCodes = new Set(MAPPING.map((row) => row['old_code_2025-03']!))
  for (const unit of NEW_COMMUNES.filter((row) => row.level === 'commune')) {
    if (oldCodes.has(unit.code!)) {
      rows.push(['đổi tên', unit.code!, unit.name!, '', '', '', ''])
      rows.push(['chuyển', unit.code!, '', '', '82', '', ''])
    } else {
      rows.push(['tạo', unit.code!, unit.name!, 'cấp xã', '82', '', ''])
    }
  }
  for (const row of MAPPING) {
    const [from, into] = [row['old_code_2025-03']!, row['new_code_2025-07']!]
    if (from !== into) rows.push(['sáp nhập', from, '', '', '', into, ''])
  }
  for (const [from, into] of Object.entries(successors)) rows.push(['sáp nhập', from, '', '', '', into, ''])
  rows.push(['giải thể', '', '', 'cấp huyện', '', '', ''])
  return rows.map((row) => row.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',')).join('\n')
}

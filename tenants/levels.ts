export const UNIT_LEVELS = ['province', 'department', 'district', 'commune'] as const
export type UnitLevel = (typeof UNIT_LEVELS)[number]

export const UNIT_STATUSES = ['active', 'merged', 'dissolved'] as const
export type UnitStatus = (typeof UNIT_STATUSES)[number]

/**
 * Where each level may sit. Departments and districts sit under the province; communes under a district, or
 * directly under the province once the district level is abolished (as it was on 1/7/2025).
 */
export const PARENT_LEVELS: Record<UnitLevel, readonly UnitLevel[]> = {
  commune: ['district', 'province'],
  department: ['province'],
  district: ['province'],
  province: [],
}

export const LEVEL_LABELS: Record<UnitLevel, { en: string; vi: string }> = {
  commune: { en: 'Commune / ward', vi: 'Cấp xã' },
  department: { en: 'Department', vi: 'Sở, ban, ngành' },
  district: { en: 'District', vi: 'Cấp huyện' },
  province: { en: 'Province', vi: 'Cấp tỉnh' },
}

/** The levels below the province, whose portals may show items of the units above them. */
export const SUBUNIT_LEVELS = ['department', 'district', 'commune'] as const satisfies readonly UnitLevel[]

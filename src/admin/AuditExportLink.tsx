'use client'

import { useSearchParams } from 'next/navigation.js'

/**
 * "Xuất CSV" above the audit log's list: the entries the list's filters select (unit, person, collection,
 * period), as a CSV file from `GET /api/audit-log.csv`, which applies the same filters and the same access.
 */
export const AuditExportLink = () => {
  const params = useSearchParams()
  const filters = new URLSearchParams()
  for (const [key, value] of params?.entries() ?? []) if (key.startsWith('where')) filters.append(key, value)
  const query = filters.toString()
  return (
    <p className="portal-audit-export">
      <a
        className="btn btn--style-secondary btn--size-small"
        download
        href={`/api/audit-log.csv${query ? `?${query}` : ''}`}
      >
        Xuất CSV (theo bộ lọc đang chọn)
      </a>
    </p>
  )
}

import type { TextFieldSingleValidation } from 'payload'

import { inLanguage } from '../../src/base/errors/fieldError'
import type { UnitLevel } from '../levels'

const CODE_PATTERNS: Record<UnitLevel, { example: string; pattern: RegExp }> = {
  commune: { example: '28249', pattern: /^\d{5}$/ },
  department: { example: 'so-tu-phap', pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ },
  district: { example: '815', pattern: /^\d{3}$/ },
  province: { example: '82', pattern: /^\d{2}$/ },
}

/** Statistics-office codes (2 digits province, 3 district, 5 commune); departments use an unaccented key. */
export const validateUnitCode: TextFieldSingleValidation = (value, { req, siblingData }) => {
  const level = (siblingData as { level?: UnitLevel }).level
  const rule = level ? CODE_PATTERNS[level] : undefined
  if (!value) return inLanguage(req, { en: 'The code is required.', vi: 'Bắt buộc nhập mã đơn vị.' })
  if (!rule || rule.pattern.test(value)) return true
  return inLanguage(req, {
    en: `"${value}" is not a ${level} code (expected something like ${rule.example}).`,
    vi: `"${value}" không phải mã đơn vị cấp ${level} (ví dụ đúng: ${rule.example}).`,
  })
}

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/

export const validateDomain: TextFieldSingleValidation = (value, { req }) =>
  value && HOSTNAME.test(value)
    ? true
    : inLanguage(req, {
        en: `"${value ?? ''}" is not a domain name (lowercase letters, digits, hyphens and dots, e.g. sotuphap.tiengiang.gov.vn).`,
        vi: `"${value ?? ''}" không phải tên miền hợp lệ (chữ thường không dấu, số, gạch nối, dấu chấm; ví dụ sotuphap.tiengiang.gov.vn).`,
      })

/** A preview address: https:// or http:// (or a path on this server), with the {token} placeholder. */
export const validatePreviewUrl: TextFieldSingleValidation = (value, { req }) => {
  if (!value) return true
  const web = /^https?:\/\/[^\s/]+/i.test(value) || /^\/[^/\s]/.test(value)
  if (web && value.includes('{token}') && !/\s/.test(value)) return true
  return inLanguage(req, {
    en: 'The preview address must start with https:// (or /) and contain {token}, e.g. https://phuong1.tiengiang.gov.vn/xem-truoc?token={token}.',
    vi: 'Địa chỉ xem trước phải bắt đầu bằng https:// (hoặc /) và chứa {token}, ví dụ https://phuong1.tiengiang.gov.vn/xem-truoc?token={token}.',
  })
}

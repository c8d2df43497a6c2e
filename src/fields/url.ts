import type { TextField } from 'payload'

import { inLanguage, type Message } from '../base/errors/fieldError'

/** An optional web address: http or https only (no `javascript:` or `data:` links reach a portal). */
export const urlField = (name: string, label: Message): TextField => ({
  name,
  type: 'text',
  label,
  maxLength: 2000,
  validate: (value: null | string | undefined, { req }) => {
    if (!value) return true
    try {
      if (['http:', 'https:'].includes(new URL(value).protocol)) return true
    } catch {
      // falls through to the message
    }
    return inLanguage(req, {
      en: `"${value}" is not a web address (it must start with http:// or https://).`,
      vi: `"${value}" không phải địa chỉ web hợp lệ (phải bắt đầu bằng http:// hoặc https://).`,
    })
  },
})

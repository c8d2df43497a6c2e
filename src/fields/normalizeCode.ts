import type { FieldHook } from 'payload'

import { normalizeCodeText } from '../base/formats/normalizeCode'

/** Codes and numbers are stored as they are compared (`1.012753.h19` → `1.012753.H19`). */
export const normalizeCode: FieldHook = ({ value }) => (typeof value === 'string' ? normalizeCodeText(value) : value)

import type { FieldHook } from 'payload'

/** Codes and numbers are compared as stored: spaces removed and letters upper-case (`1.012753.h19` → `.H19`). */
export const normalizeCode: FieldHook = ({ value }) =>
  typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, '').toUpperCase() : value

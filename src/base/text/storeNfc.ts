import type { CollectionBeforeValidateHook } from 'payload'

import { toNfc } from './vietnamese'

/** Passwords are compared as typed at login, so they are left exactly as given. */
const UNTOUCHED_KEYS = new Set(['password', 'confirm-password'])

const normalize = (value: unknown): unknown => {
  if (typeof value === 'string') return toNfc(value)
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, UNTOUCHED_KEYS.has(key) ? item : normalize(item)]),
    )
  }
  return value
}

/**
 * Every collection stores Vietnamese text in NFC, whatever form it arrives in (decomposed text from some
 * keyboards and systems would otherwise look the same and compare, sort and search differently).
 */
export const storeNfc: CollectionBeforeValidateHook = ({ data }) => (data ? (normalize(data) as typeof data) : data)

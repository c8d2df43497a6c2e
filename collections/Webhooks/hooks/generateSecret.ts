import { randomBytes } from 'node:crypto'

import type { FieldHook } from 'payload'

/** A new webhook gets a random signing secret unless one is given; receivers verify signatures with it. */
export const generateSecret: FieldHook = ({ operation, value }) =>
  operation === 'create' && !value ? randomBytes(32).toString('hex') : value

import type { Access } from 'payload'

import { unitScope, whereInScope } from '../scope'

/** Settings of a unit only its managers (unit admins, super-admins) see and change, e.g. its webhooks. */
export const manageUnitSettings: Access = async ({ req }) =>
  req.user ? whereInScope('unit', await unitScope(req, 'manage')) : false

/** Records only the system writes (through the Local API, access overridden), e.g. webhook deliveries. */
export const systemOnly: Access = () => false

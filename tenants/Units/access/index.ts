import type { Access } from 'payload'

import { unitScope, whereInScope } from '../../scope'

/** The list of units, their names and domains, is public: portals and their visitors need it. */
export const readUnits: Access = () => true

/** Creating, removing and reorganising units is for province administrators (super-admins). */
export { superAdminOnly, superAdminOnlyField } from '../../access/superAdmin'

/** A unit admin keeps their own units' names and contact data current. */
export const updateUnits: Access = async ({ req }) =>
  req.user ? whereInScope('id', await unitScope(req, 'manage')) : false

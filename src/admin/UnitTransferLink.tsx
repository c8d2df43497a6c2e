import Link from 'next/link.js'
import React from 'react'

import { isSuperAdmin } from '../../tenants/users'

/** The navigation's link to moving a unit's content (src/admin/UnitTransferView.tsx), for province administrators. */
export const UnitTransferLink = ({ user }: { user?: unknown }) =>
  isSuperAdmin(user) ? (
    <Link className="nav__link portal-nav-extra" href="/admin/unit-transfer" prefetch={false}>
      Chuyển dữ liệu đơn vị
    </Link>
  ) : null

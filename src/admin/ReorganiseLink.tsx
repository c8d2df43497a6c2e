import Link from 'next/link.js'
import React from 'react'

import { isSuperAdmin } from '../../tenants/users'

/** The navigation's link to the reorganisation page (src/admin/ReorganiseView.tsx), for province administrators. */
export const ReorganiseLink = ({ user }: { user?: unknown }) =>
  isSuperAdmin(user) ? (
    <Link className="nav__link portal-nav-extra" href="/admin/reorganise" prefetch={false}>
      Sắp xếp đơn vị hành chính
    </Link>
  ) : null

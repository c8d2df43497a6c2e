import Link from 'next/link.js'
import React from 'react'

/** The navigation's link to the import page (src/admin/ImportView.tsx). */
export const ImportLink = () => (
  <Link className="nav__link portal-nav-extra" href="/admin/import" prefetch={false}>
    Nhập dữ liệu
  </Link>
)

import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { isSuperAdmin } from '../../tenants/users'
import { collectionLabels } from '../reorganisation/state'
import { AdminPage } from './AdminPage'
import { UnitTransferForm } from './UnitTransferForm'

/**
 * "Chuyển dữ liệu đơn vị" (/admin/unit-transfer): a province administrator downloads one unit's content as an
 * archive (items, files, optionally their history) and loads an archive into a unit of this instance, which may run
 * on another kind of database. The same as `npm run unit -- export|import` (src/unitTransfer).
 */
export const UnitTransferView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  if (!isSuperAdmin(req.user))
    return (
      <AdminPage {...props}>
        <h1>Chuyển dữ liệu đơn vị</h1>
        <p>Chỉ quản trị hệ thống mới được chuyển dữ liệu đơn vị.</p>
      </AdminPage>
    )
  const { docs } = await req.payload.find({
    collection: 'units',
    depth: 0,
    limit: 0,
    locale: 'vi',
    overrideAccess: true,
    pagination: false,
    select: { code: true, title: true },
    sort: 'treeKey',
  })
  const units = docs.map((unit) => ({ code: unit.code, title: unit.title ?? unit.code }))
  return (
    <AdminPage {...props}>
      <h1>Chuyển dữ liệu đơn vị</h1>
      <p>
        Tệp lưu trữ (.tar.gz) chứa toàn bộ nội dung công khai của một đơn vị: tin tức, chuyên mục, thủ tục, văn bản,
        danh bạ, trang giới thiệu, ảnh và tệp đính kèm, và nếu chọn, lịch sử phiên bản. Nhập tệp vào một đơn vị chưa có
        nội dung (trang giới thiệu được thay thế): mọi mục nhận mã mới, liên kết giữa các mục được giữ; liên kết đến mục
        của đơn vị khác được tìm lại theo mã đơn vị và đường dẫn, số ký hiệu hoặc mã thủ tục. Tệp lớn hơn giới hạn tải
        lên hãy nhập bằng dòng lệnh (npm run unit -- import).
      </p>
      <UnitTransferForm labels={collectionLabels(req.payload)} units={units} />
    </AdminPage>
  )
}

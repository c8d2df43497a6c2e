import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { isSuperAdmin } from '../../tenants/users'
import { AdminPage } from './AdminPage'
import { ReorganiseForm } from './ReorganiseForm'

/**
 * "Sắp xếp đơn vị hành chính" (/admin/reorganise): a province administrator uploads a plan file (merge, abolish,
 * rename, move, create; the README's "Reorganising units"), reads what it would change and what it refuses, then
 * carries it out and follows its progress. The same as `npm run reorganise -- plan|apply`.
 */
export const ReorganiseView = (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  return (
    <AdminPage {...props}>
      <h1>Sắp xếp đơn vị hành chính</h1>
      {isSuperAdmin(req.user) ? (
        <>
          <p>
            Tệp kế hoạch CSV hoặc JSON, mỗi dòng một thao tác: «Thao tác» (tạo, đổi tên, chuyển, sáp nhập, giải thể),
            «Mã đơn vị», «Tên mới», «Cấp», «Đơn vị cấp trên», «Sáp nhập vào», «Tên miền mới». Nội dung của đơn vị sáp
            nhập hoặc giải thể được chuyển sang đơn vị kế thừa, không mục nào bị xóa; địa chỉ cũ vẫn dẫn đến đơn vị kế
            thừa. Hãy «Xem kế hoạch» trước: không có gì thay đổi. Thực hiện lại cùng tệp sẽ tiếp tục từ chỗ dừng và
            không làm lại bước đã xong.
          </p>
          <ReorganiseForm />
        </>
      ) : (
        <p>Chỉ quản trị hệ thống mới được sắp xếp đơn vị hành chính.</p>
      )}
    </AdminPage>
  )
}

import type { AdminViewServerProps, Where } from 'payload'
import React from 'react'

import { unitScope } from '../../tenants/scope'
import { AdminPage } from './AdminPage'
import { ImportForm } from './ImportForm'

/**
 * "Nhập dữ liệu" (/admin/import): a unit's admins upload a CSV or JSON of procedures, legal documents or news for
 * one of the units they manage, try it first (nothing stored) and import it, and read the report: counts and each
 * rejected row with its line and reason. The same import as `npm run import` (whose `--files` folder also brings
 * documents' files and news images; here rows naming files are refused, saying so).
 */
export const ImportView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const scope = req.user ? await unitScope(req, 'manage') : []
  const where: Where | undefined = scope === 'all' ? undefined : { id: { in: scope } }
  const units =
    scope !== 'all' && scope.length === 0
      ? []
      : (
          await req.payload.find({
            collection: 'units',
            depth: 0,
            limit: 0,
            overrideAccess: true,
            pagination: false,
            select: { title: true },
            sort: 'treeKey',
            where,
          })
        ).docs.map((unit) => ({ id: unit.id, title: unit.title ?? String(unit.id) }))
  return (
    <AdminPage {...props}>
      <h1>Nhập dữ liệu</h1>
      {units.length === 0 ? (
        <p>Chỉ quản trị đơn vị mới nhập được dữ liệu. Bạn chưa quản trị đơn vị nào.</p>
      ) : (
        <>
          <p>
            Tệp CSV hoặc JSON: thủ tục hành chính theo Cơ sở dữ liệu quốc gia (các cột «Mã thủ tục», «Tên thủ tục», «Cấp
            thực hiện», «Lĩnh vực»…), văn bản («Số ký hiệu», «Loại văn bản», «Cơ quan ban hành», «Ngày ban hành», «Trích
            yếu»…) hoặc tin tức («Tiêu đề», «Nội dung» HTML, «Ngày đăng»…). Mục đã có trong đơn vị (cùng mã thủ tục, số
            ký hiệu, đường dẫn tin) được cập nhật, mục mới được tạo; chạy lại cùng tệp không thay đổi gì. Văn bản đính
            kèm, ảnh đại diện và ảnh trong bài mà các dòng nêu tên được chọn ở «Tệp kèm theo» (chọn nhiều tệp cùng lúc;
            tối đa 5.000 tệp, tổng 2 GB). Hãy «Chạy thử» trước: không có gì được lưu.
          </p>
          <ImportForm units={units} />
        </>
      )}
    </AdminPage>
  )
}

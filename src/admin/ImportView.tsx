import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, Where } from 'payload'
import React from 'react'

import { unitScope } from '../../tenants/scope'
import { ImportForm } from './ImportForm'

/**
 * "Nhập thủ tục hành chính" (/admin/import): a unit's admins upload a CSV or JSON of procedures for one of the
 * units they manage, try it first (nothing stored) and import it, and read the report: counts and each
 * rejected row with its line and reason. The same import as `npm run import -- procedures`.
 */
export const ImportView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
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
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1>Nhập thủ tục hành chính</h1>
        {units.length === 0 ? (
          <p>Chỉ quản trị đơn vị mới nhập được dữ liệu. Bạn chưa quản trị đơn vị nào.</p>
        ) : (
          <>
            <p>
              Tệp CSV hoặc JSON theo Cơ sở dữ liệu quốc gia về thủ tục hành chính (các cột «Mã thủ tục», «Tên thủ tục»,
              «Cấp thực hiện», «Lĩnh vực»…). Thủ tục đã có mã trong đơn vị được cập nhật, mã mới được tạo; chạy lại cùng
              tệp không thay đổi gì. Hãy «Chạy thử» trước: không có gì được lưu.
            </p>
            <ImportForm units={units} />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}

import { Gutter, SetDocumentStepNav } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'
import React from 'react'

import { vietnamDateTime } from '../base/time/vietnamDay'
import { versionHistoryOf } from './versionHistory'

const pluralOf = (label: unknown): string =>
  label && typeof label === 'object' && 'vi' in label ? String((label as { vi: unknown }).vi) : String(label ?? '')

/**
 * The "Phiên bản" tab of an item with drafts: who saved each version and when (Vietnam time), whether it was
 * published and where its review stood; each row opens Payload's comparison and restore view of that version.
 */
export const VersionHistory = async ({ initPageResult, searchParams }: DocumentViewServerProps) => {
  const { collectionConfig, docID, req } = initPageResult
  if (!collectionConfig || docID === undefined) return null
  const requested = Number(Array.isArray(searchParams?.page) ? searchParams.page[0] : searchParams?.page)
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1
  const history = await versionHistoryOf(req, collectionConfig.slug, docID, page)
  const base = `/admin/collections/${collectionConfig.slug}/${docID}/versions`
  return (
    <>
      <SetDocumentStepNav
        collectionSlug={collectionConfig.slug}
        id={docID}
        pluralLabel={pluralOf(collectionConfig.labels.plural)}
        useAsTitle={collectionConfig.admin.useAsTitle}
        view="Phiên bản"
      />
      <main className="versions portal-history">
        <Gutter className="versions__wrap">
          {history.rows.length === 0 ? (
            <p>Chưa có phiên bản nào.</p>
          ) : (
            <table className="portal-history__table">
              <caption>Lịch sử phiên bản, mới nhất trước</caption>
              <thead>
                <tr>
                  <th scope="col">Thời điểm lưu</th>
                  <th scope="col">Người lưu</th>
                  <th scope="col">Trạng thái</th>
                  <th scope="col">Duyệt</th>
                </tr>
              </thead>
              <tbody>
                {history.rows.map((row) => (
                  <tr key={String(row.id)}>
                    <td>
                      <a href={`${base}/${row.id}`} title="Xem và so sánh phiên bản này">
                        {vietnamDateTime(row.at)}
                      </a>
                    </td>
                    <td>{row.by}</td>
                    <td>{row.published ? 'Đã xuất bản' : 'Bản nháp'}</td>
                    <td>{row.review ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {history.totalPages > 1 ? (
            <nav className="portal-history__pages" aria-label="Trang lịch sử phiên bản">
              {history.page > 1 ? <a href={`${base}?page=${history.page - 1}`}>Trang trước</a> : null}
              <span>
                Trang {history.page}/{history.totalPages}
              </span>
              {history.page < history.totalPages ? <a href={`${base}?page=${history.page + 1}`}>Trang sau</a> : null}
            </nav>
          ) : null}
        </Gutter>
      </main>
    </>
  )
}

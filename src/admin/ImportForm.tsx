'use client'

import { Button } from '@payloadcms/ui'
import React, { useRef, useState } from 'react'

import { FilePicker } from './FilePicker'
import { FormStatus } from './FormStatus'
import { useFormPost } from './useFormPost'

type Report = {
  created: number
  dryRun: boolean
  rejected: Array<{ field?: string; label?: string; line: number; message: { vi: string } }>
  total: number
  unchanged: number
  updated: number
}

/** The import form and its report (src/admin/ImportView.tsx); posts to `POST /api/imports/<kind>`. */
export const ImportForm = ({ units }: { units: Array<{ id: number | string; title: string }> }) => {
  const [report, setReport] = useState<Report>()
  const { busy, error, post } = useFormPost<Report>()
  const formRef = useRef<HTMLFormElement>(null)

  const send = async (dryRun: boolean) => {
    const form = formRef.current
    if (!form?.reportValidity()) return
    setReport(undefined)
    const fields = new FormData(form)
    const body = new FormData()
    body.set('file', fields.get('file') as Blob)
    body.set('_payload', JSON.stringify({ dryRun, unit: fields.get('unit') }))
    const kind = encodeURIComponent(String(fields.get('kind') ?? 'procedures'))
    setReport(await post(`/api/imports/${kind}`, body))
  }

  return (
    <form className="portal-import" onSubmit={(event) => event.preventDefault()} ref={formRef}>
      <label htmlFor="import-kind">Loại dữ liệu</label>
      <select defaultValue="procedures" id="import-kind" name="kind" required>
        <option value="procedures">Thủ tục hành chính</option>
        <option value="legal-documents">Văn bản</option>
        <option value="news">Tin tức</option>
      </select>
      <label htmlFor="import-unit">Đơn vị nhận dữ liệu</label>
      <select id="import-unit" name="unit" required>
        {units.map((unit) => (
          <option key={String(unit.id)} value={String(unit.id)}>
            {unit.title}
          </option>
        ))}
      </select>
      <span>Tệp CSV hoặc JSON</span>
      <FilePicker accept=".csv,.json" id="import-file" name="file" />
      <div className="portal-import__actions">
        <Button buttonStyle="secondary" disabled={busy} onClick={() => void send(true)} type="button">
          Chạy thử
        </Button>
        <Button disabled={busy} onClick={() => void send(false)} type="button">
          Nhập dữ liệu
        </Button>
      </div>
      <FormStatus busy={busy} error={error} />
      {report ? (
        <section aria-live="polite" className="portal-import__report">
          <h2>{report.dryRun ? 'Kết quả chạy thử (chưa lưu gì)' : 'Kết quả nhập'}</h2>
          <p>
            {report.total} dòng: {report.created} tạo mới, {report.updated} cập nhật, {report.unchanged} không đổi,{' '}
            {new Set(report.rejected.map((row) => row.line)).size} bị từ chối.
          </p>
          {report.rejected.length > 0 ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">Dòng</th>
                  <th scope="col">Trường</th>
                  <th scope="col">Lý do</th>
                </tr>
              </thead>
              <tbody>
                {report.rejected.map((row, index) => (
                  <tr key={`${row.line}-${index}`}>
                    <td>{row.line}</td>
                    <td>{row.label ?? row.field ?? ''}</td>
                    <td>{row.message.vi}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
    </form>
  )
}

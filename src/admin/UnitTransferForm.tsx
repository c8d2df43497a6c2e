'use client'

import { Button } from '@payloadcms/ui'
import React, { useRef, useState } from 'react'

import { FilePicker } from './FilePicker'
import { FormStatus } from './FormStatus'
import { useFormPost } from './useFormPost'

type Report = {
  collections: Record<string, number>
  files: number
  unit: string
  unresolved: Array<{ item: string; reference: string }>
}

type Unit = { code: string; title: string }

const UnitOptions = ({ units }: { units: Unit[] }) =>
  units.map((unit) => (
    <option key={unit.code} value={unit.code}>
      {unit.title.includes(unit.code) ? unit.title : `${unit.title} (${unit.code})`}
    </option>
  ))

/** Downloading a unit's archive and loading one (src/admin/UnitTransferView.tsx); `/api/unit-archive`. */
export const UnitTransferForm = ({ labels, units }: { labels: Record<string, string>; units: Unit[] }) => {
  const [report, setReport] = useState<Report>()
  const { busy, error, post } = useFormPost<Report>()
  const importRef = useRef<HTMLFormElement>(null)

  const load = async () => {
    const form = importRef.current
    if (!form?.reportValidity()) return
    setReport(undefined)
    const fields = new FormData(form)
    const body = new FormData()
    body.set('file', fields.get('file') as Blob)
    body.set('_payload', JSON.stringify({ as: fields.get('as') }))
    setReport(await post('/api/unit-archive', body))
  }

  return (
    <>
      <h2>Xuất dữ liệu</h2>
      <form action="/api/unit-archive" className="portal-import" method="get">
        <label htmlFor="export-unit">Đơn vị</label>
        <select id="export-unit" name="code" required>
          <UnitOptions units={units} />
        </select>
        <label className="portal-import__check">
          <input name="versions" type="checkbox" value="true" /> Kèm lịch sử phiên bản
        </label>
        <div className="portal-import__actions">
          <Button type="submit">Tải tệp lưu trữ</Button>
        </div>
      </form>
      <h2>Nhập dữ liệu</h2>
      <form className="portal-import" onSubmit={(event) => event.preventDefault()} ref={importRef}>
        <label htmlFor="import-as">Nhập vào đơn vị</label>
        <select id="import-as" name="as" required>
          <UnitOptions units={units} />
        </select>
        <span>Tệp lưu trữ (.tar.gz)</span>
        <FilePicker accept=".gz,.tgz,application/gzip" id="unit-archive-file" name="file" />
        <div className="portal-import__actions">
          <Button disabled={busy} onClick={() => void load()} type="button">
            Nhập dữ liệu
          </Button>
        </div>
        <FormStatus busy={busy} error={error} working="Đang nhập dữ liệu…" />
        {report ? (
          <section aria-live="polite" className="portal-import__report">
            <h2>Đã nhập vào đơn vị {report.unit}</h2>
            <ul>
              {Object.entries(report.collections).map(([slug, count]) => (
                <li key={slug}>
                  {labels[slug] ?? slug}: {count}
                </li>
              ))}
              <li>Tệp và ảnh: {report.files}</li>
            </ul>
            {report.unresolved.length ? (
              <>
                <p>Liên kết không giữ được (mục của đơn vị không có trong hệ thống này):</p>
                <ul>
                  {report.unresolved.map(({ item, reference }) => (
                    <li key={`${item} ${reference}`}>
                      {item} → {reference}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ) : null}
      </form>
    </>
  )
}

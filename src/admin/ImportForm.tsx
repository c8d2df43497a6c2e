'use client'

import { Button } from '@payloadcms/ui'
import React, { useRef, useState } from 'react'

import { DOCUMENT_TYPES, IMAGE_TYPES } from '../uploads/fileTypes'
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

/** What a row may name: the documents of `files` and the images of `media` (src/uploads/fileTypes.ts). */
const ATTACHMENT_EXTENSIONS = [...DOCUMENT_TYPES, ...IMAGE_TYPES]
  .flatMap((type) => type.extensions.map((extension) => `.${extension}`))
  .join(',')

/** The files of one choice, told apart from another choice's (sent once for a trial run and the import after it). */
const choiceOf = (files: File[]) => files.map((file) => `${file.name}:${file.size}:${file.lastModified}`).join('|')

/**
 * The import form and its report (src/admin/ImportView.tsx). The files the rows name are sent first, one per
 * request (`POST /api/import-files`), then the list (`POST /api/imports/<kind>` with the files' set id).
 */
export const ImportForm = ({ units }: { units: Array<{ id: number | string; title: string }> }) => {
  const [report, setReport] = useState<Report>()
  const [sending, setSending] = useState<string>()
  const [sent, setSent] = useState<{ batch: string; choice: string }>()
  const { busy, error, post } = useFormPost<Report>()
  const formRef = useRef<HTMLFormElement>(null)

  /** The id of the set holding these files on the server (sent now unless they were already), null on failure. */
  const sendAttachments = async (files: File[]): Promise<string | null | undefined> => {
    if (files.length === 0) return undefined
    const choice = choiceOf(files)
    if (sent?.choice === choice) return sent.batch
    let batch: string | undefined
    for (const [index, file] of files.entries()) {
      setSending(`Đang gửi tệp kèm theo ${index + 1}/${files.length}: ${file.name}`)
      const body = new FormData()
      body.set('file', file)
      const answer = await post<{ batch: string }>(
        `/api/import-files${batch ? `?batch=${encodeURIComponent(batch)}` : ''}`,
        body,
      )
      if (!answer) return null
      batch = answer.batch
    }
    setSent({ batch: batch!, choice })
    return batch
  }

  const send = async (dryRun: boolean) => {
    const form = formRef.current
    if (!form?.reportValidity()) return
    setReport(undefined)
    const fields = new FormData(form)
    try {
      const files = await sendAttachments((fields.getAll('attachments') as File[]).filter((file) => file.name !== ''))
      if (files === null) return
      setSending('Đang nhập dữ liệu…')
      const body = new FormData()
      body.set('file', fields.get('file') as Blob)
      body.set('_payload', JSON.stringify({ dryRun, files, unit: fields.get('unit') }))
      const kind = encodeURIComponent(String(fields.get('kind') ?? 'procedures'))
      const answer = await post(`/api/imports/${kind}`, body)
      // The server keeps the files for the import after a trial run; after the import (or a failure) they are gone.
      if (!answer || !answer.dryRun) setSent(undefined)
      setReport(answer)
    } finally {
      setSending(undefined)
    }
  }
  const working = busy || sending !== undefined

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
      <span>Tệp kèm theo (không bắt buộc): văn bản và ảnh mà các dòng nêu tên</span>
      <FilePicker accept={ATTACHMENT_EXTENSIONS} id="import-attachments" multiple name="attachments" />
      <div className="portal-import__actions">
        <Button buttonStyle="secondary" disabled={working} onClick={() => void send(true)} type="button">
          Chạy thử
        </Button>
        <Button disabled={working} onClick={() => void send(false)} type="button">
          Nhập dữ liệu
        </Button>
      </div>
      <FormStatus busy={working} error={error} working={sending} />
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

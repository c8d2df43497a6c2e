'use client'

import { Button } from '@payloadcms/ui'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import { FilePicker } from './FilePicker'
import { FormStatus } from './FormStatus'
import { useFormPost } from './useFormPost'

type PlanAnswer = {
  applying: boolean
  pending: number
  refusals: Array<{ code?: string; line?: number; reason: string }>
  summary: string[]
}
type RunStatus = { done: number; message?: string; state: 'done' | 'failed' | 'idle' | 'running'; total: number }

/** The plan form, its report and the run's progress (src/admin/ReorganiseView.tsx); `/api/reorganisation`. */
export const ReorganiseForm = () => {
  const [plan, setPlan] = useState<PlanAnswer>()
  const [run, setRun] = useState<RunStatus>()
  const { busy, error, post } = useFormPost<PlanAnswer>()
  const formRef = useRef<HTMLFormElement>(null)

  const follow = useCallback(async () => {
    const response = await fetch('/api/reorganisation', { credentials: 'include' })
    if (response.ok) setRun((await response.json()) as RunStatus)
  }, [])

  useEffect(() => {
    void follow()
  }, [follow])
  useEffect(() => {
    if (run?.state !== 'running') return
    const timer = setInterval(() => void follow(), 2000)
    return () => clearInterval(timer)
  }, [run?.state, follow])

  const send = async (apply: boolean) => {
    const form = formRef.current
    if (!form?.reportValidity()) return
    const body = new FormData()
    body.set('file', new FormData(form).get('file') as Blob)
    body.set('_payload', JSON.stringify({ apply }))
    const answer = await post('/api/reorganisation', body)
    if (!answer) return
    setPlan(answer)
    if (answer.applying) await follow()
  }

  const running = run?.state === 'running'
  return (
    <form className="portal-import" onSubmit={(event) => event.preventDefault()} ref={formRef}>
      <span>Tệp kế hoạch CSV hoặc JSON</span>
      <FilePicker accept=".csv,.json" id="reorganise-file" name="file" />
      <div className="portal-import__actions">
        <Button buttonStyle="secondary" disabled={busy || running} onClick={() => void send(false)} type="button">
          Xem kế hoạch
        </Button>
        <Button
          disabled={busy || running || !plan || plan.refusals.length > 0 || plan.pending === 0}
          onClick={() => void send(true)}
          type="button"
        >
          Thực hiện
        </Button>
      </div>
      <FormStatus busy={busy} error={error} />
      {run && run.state !== 'idle' ? (
        <section aria-live="polite" className="portal-import__report">
          <h2>
            {running ? 'Đang thực hiện' : run.state === 'done' ? 'Đã thực hiện xong' : 'Lần thực hiện gần nhất bị dừng'}
          </h2>
          <progress max={Math.max(run.total, 1)} value={run.done} />
          <p>
            {run.done}/{run.total} bước
          </p>
          {run.message ? <p role={run.state === 'failed' ? 'alert' : undefined}>{run.message}</p> : null}
        </section>
      ) : null}
      {plan ? (
        <section className="portal-import__report">
          <h2>Kế hoạch</h2>
          <ul>
            {plan.summary.map((line, index) => (
              <li key={index}>{line.trim()}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </form>
  )
}

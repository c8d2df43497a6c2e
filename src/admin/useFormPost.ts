'use client'

import { useState } from 'react'

/**
 * Posting a form to one of our endpoints, as the admin's import pages do: `busy` while it runs, then the answer,
 * or `error`: the endpoint's first reason (in the request's language) or, when nothing came back, the
 * connection's, in Vietnamese.
 */
export const useFormPost = <Answer>() => {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const post = async <Answered = Answer>(url: string, body: FormData): Promise<Answered | undefined> => {
    setBusy(true)
    setError(undefined)
    try {
      const response = await fetch(url, { body, credentials: 'include', method: 'POST' })
      const answer = await response.json()
      if (response.ok) return answer as Answered
      setError(answer?.errors?.[0]?.message ?? `Lỗi ${response.status}`)
    } catch {
      setError('Không gửi được tệp: kiểm tra kết nối rồi thử lại.')
    } finally {
      setBusy(false)
    }
    return undefined
  }
  return { busy, error, post }
}

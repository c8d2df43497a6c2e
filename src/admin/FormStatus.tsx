import React from 'react'

/** What a posted form is doing (src/admin/useFormPost.ts): working, or why it failed, read out to screen readers. */
export const FormStatus = ({
  busy,
  error,
  working = 'Đang xử lý…',
}: {
  busy: boolean
  error?: string
  working?: string
}) => (
  <>
    {busy ? <p role="status">{working}</p> : null}
    {error ? (
      <p className="portal-import__error" role="alert">
        {error}
      </p>
    ) : null}
  </>
)

'use client'

import React, { useState } from 'react'

/**
 * A file field whose button speaks Vietnamese: the browser's own file input names its button in the browser's
 * language ("Choose File"), so it is hidden (kept focusable and validated, not `display: none`) behind a label.
 */
export const FilePicker = ({ accept, id, name }: { accept: string; id: string; name: string }) => {
  const [chosen, setChosen] = useState<string>()
  return (
    <span className="portal-file-picker">
      <input
        accept={accept}
        className="portal-file-picker__input"
        id={id}
        name={name}
        onChange={(event) => setChosen(event.currentTarget.files?.[0]?.name)}
        required
        type="file"
      />
      <label className="portal-file-picker__button" htmlFor={id}>
        Chọn tệp
      </label>
      <span aria-live="polite">{chosen ?? 'Chưa chọn tệp nào'}</span>
    </span>
  )
}

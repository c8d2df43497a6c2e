'use client'

import React, { useState } from 'react'

/**
 * A file field whose button speaks Vietnamese: the browser's own file input names its button in the browser's
 * language ("Choose File"), so it is hidden (kept focusable and validated, not `display: none`) behind a label.
 */
export const FilePicker = ({
  accept,
  id,
  multiple = false,
  name,
}: {
  accept: string
  id: string
  /** Several files (not required then): "3 tệp" once chosen. */
  multiple?: boolean
  name: string
}) => {
  const [chosen, setChosen] = useState<string>()
  return (
    <span className="portal-file-picker">
      <input
        accept={accept}
        className="portal-file-picker__input"
        id={id}
        name={name}
        multiple={multiple}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])]
          setChosen(files.length > 1 ? `${files.length} tệp` : files[0]?.name)
        }}
        required={!multiple}
        type="file"
      />
      <label className="portal-file-picker__button" htmlFor={id}>
        Chọn tệp
      </label>
      <span aria-live="polite">{chosen ?? 'Chưa chọn tệp nào'}</span>
    </span>
  )
}

'use client'

import { TextField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { useEffect, useId, useRef, useState } from 'react'

import { idOf } from '../base/ids'

/**
 * A text field that offers ready-made values as people type (a native `<datalist>`, which screen readers and
 * keyboards know): the list's values for the item's unit, from `GET /api/choices/<list>` (src/plugins/choices.ts).
 * Any other value can still be typed. Fetched from the page's own origin, whatever `SERVER_URL` says.
 */
export const ChoiceText = ({ list, ...props }: TextFieldClientProps & { list: string }) => {
  const inputRef = useRef<HTMLInputElement>(null)
  const listId = `choices-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const unit = idOf(useFormFields(([fields]) => fields.unit?.value))
  const [choices, setChoices] = useState<string[]>([])

  useEffect(() => {
    const controller = new AbortController()
    const query = unit === undefined ? '' : `?unit=${encodeURIComponent(String(unit))}`
    fetch(`/api/choices/${encodeURIComponent(list)}${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { choices: [] }))
      .then((body: { choices?: string[] }) => setChoices(body.choices ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [list, unit])

  // After every render: TextField owns the input and may render a new one (a locale switch, a read-only toggle).
  useEffect(() => {
    if (inputRef.current?.getAttribute('list') !== listId) inputRef.current?.setAttribute('list', listId)
  })

  return (
    <>
      <TextField {...props} inputRef={inputRef as React.RefObject<HTMLInputElement>} />
      {/* Hidden as browsers hide it by default: inside a row, Payload's styles would lay its options out. */}
      <datalist id={listId} style={{ display: 'none' }}>
        {choices.map((choice) => (
          <option key={choice} value={choice} />
        ))}
      </datalist>
    </>
  )
}

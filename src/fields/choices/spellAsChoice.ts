import type { FieldHook } from 'payload'

import { idOf } from '../../base/ids'
import { readyMadeChoices } from './readyMade'
import { type ChoiceList, spelledAsChoice } from './rules'

/**
 * Stores a ready-made value in the list's spelling when it was typed without accents or in another case
 * ("ho tich" → "Hộ tịch"). A value left as it was needs no look-up.
 */
export const spellAsChoice =
  (list: ChoiceList): FieldHook =>
  async ({ data, field, originalDoc, req, value }) => {
    if (typeof value !== 'string' || !value.trim()) return value
    if ('name' in field && field.name && originalDoc?.[field.name] === value) return value
    return spelledAsChoice(value, await readyMadeChoices(req, list, idOf(data?.unit ?? originalDoc?.unit)))
  }

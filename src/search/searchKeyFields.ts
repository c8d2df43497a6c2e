import type { CollectionBeforeChangeHook, Field } from 'payload'

import { searchKey } from '../base/text/vietnamese'
import { searchSpecOf } from '../declaration'

const LABELS = {
  textKey: { en: 'Search key (text)', vi: 'Khóa tìm kiếm (nội dung)' },
  titleKey: { en: 'Search key (title)', vi: 'Khóa tìm kiếm (tiêu đề)' },
}

const keyField = (name: 'textKey' | 'titleKey'): Field => ({
  name,
  type: 'text',
  // Never shown, but named properly should a message ever mention it (Payload would say "Text Key").
  label: LABELS[name],
  // Whatever a client sends is overwritten by setSearchKeys, which runs on every save.
  admin: { hidden: true },
  localized: true,
})

/** The hidden, folded search keys a searchable collection stores (the search spec of its declaration). */
export const searchKeyFields: Field[] = [keyField('titleKey'), keyField('textKey')]

const folded = (values: unknown[]) =>
  searchKey(values.filter((value): value is string => typeof value === 'string' && value.length > 0).join(' '))

/** Keeps `titleKey` and `textKey` in step with the fields they fold, in the locale being saved. */
export const setSearchKeys: CollectionBeforeChangeHook = ({ collection, data, originalDoc }) => {
  const spec = searchSpecOf(collection)
  if (!spec) return data
  const valueOf = (field: string) => (field in data ? data[field] : originalDoc?.[field])
  return { ...data, textKey: folded(spec.text.map(valueOf)), titleKey: folded(spec.title.map(valueOf)) }
}

import { searchKey, toNfc } from '../../base/text/vietnamese'

/** The choice lists a text field can take its ready-made values from. */
export const CHOICE_LISTS = ['fields', 'issuing-bodies'] as const
export type ChoiceList = (typeof CHOICE_LISTS)[number]

export const isChoiceList = (value: unknown): value is ChoiceList => CHOICE_LISTS.includes(value as ChoiceList)

/** A unit as the issuing-body rule reads it. */
export type UnitForBodies = { level: string; name: string }

/** "Tỉnh Tiền Giang" → "tỉnh Tiền Giang" after "Ủy ban nhân dân": the kind of unit is a common noun there. */
const KIND_OF_UNIT = /^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Thị trấn|Xã|Phường|Đặc khu)(?=\s)/u
const asCommonNoun = (name: string): string => name.replace(KIND_OF_UNIT, (kind) => kind.toLowerCase())

/**
 * The bodies of a unit that issue documents: a department issues in its own name; the People's Council, the
 * People's Committee and its Chair of a province, district or commune in theirs ("Ủy ban nhân dân xã Tân Phước").
 */
export const bodiesOfUnit = ({ level, name }: UnitForBodies): string[] => {
  if (level === 'department') return [name]
  const place = asCommonNoun(name)
  return [`Ủy ban nhân dân ${place}`, `Hội đồng nhân dân ${place}`, `Chủ tịch Ủy ban nhân dân ${place}`]
}

/** A choice as stored and shown: NFC, single spaces, no spaces at the ends. */
export const tidyChoice = (value: string): string => toNfc(value).replace(/\s+/gu, ' ').trim()

/** The lists in order, each value once (compared without accents or case); the first spelling wins. */
export const mergeChoices = (...lists: ReadonlyArray<readonly string[]>): string[] => {
  const seen = new Map<string, string>()
  for (const list of lists)
    for (const value of list) {
      const tidy = tidyChoice(value)
      const key = searchKey(tidy)
      if (key && !seen.has(key)) seen.set(key, tidy)
    }
  return [...seen.values()]
}

/**
 * The value in the list's own spelling when it is one of the choices typed without accents, in another case or
 * with stray spaces ("ho  tich" → "Hộ tịch"), so one field is not filed under three spellings; any other value
 * is kept as typed (tidied).
 */
export const spelledAsChoice = (value: string, choices: readonly string[]): string => {
  const tidy = tidyChoice(value)
  const key = searchKey(tidy)
  return choices.find((choice) => searchKey(choice) === key) ?? tidy
}

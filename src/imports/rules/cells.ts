import { searchKey } from '../../base/text/vietnamese'

/** One record of an import file: headings (or JSON keys) to cells. */
export type RawRecord = Record<string, unknown>

/** What is wrong with a record, naming the field. */
export type RecordProblem = { field: string; message: { en: string; vi: string } }

/** A cell as text: NFC, trimmed; undefined when empty. */
export const textOf = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined
  const text = String(value).normalize('NFC').trim()
  return text === '' ? undefined : text
}

/** A list cell: an array (JSON), or one item per line (CSV); empty items dropped. */
export const itemsOf = (value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  const text = textOf(value)
  return text === undefined ? [] : text.split(/\r?\n/).filter((line) => line.trim() !== '')
}

/** The value of the first key of `object` that is one of `names`, compared without accents or case. */
export const pick = (object: unknown, ...names: string[]): unknown => {
  if (!object || typeof object !== 'object') return undefined
  for (const [key, value] of Object.entries(object))
    if (names.some((name) => searchKey(name) === searchKey(key))) return value
  return undefined
}

/**
 * Reads a record's cells by the fields its headings name: our field names or the Vietnamese headings people use
 * ("Mã thủ tục", "Số ký hiệu"), whatever their accents, case or spacing. The first heading naming a field wins.
 */
export const headingReader = <F extends string>(aliases: Record<F, string[]>) => {
  const fieldOf = new Map(
    (Object.entries(aliases) as Array<[F, string[]]>).flatMap(([field, names]) =>
      names.map((name) => [searchKey(name), field] as const),
    ),
  )
  return {
    fieldOfHeading: (heading: string): F | undefined => fieldOf.get(searchKey(heading)),
    read: (raw: RawRecord): Partial<Record<F, unknown>> => {
      const given: Partial<Record<F, unknown>> = {}
      for (const [heading, value] of Object.entries(raw)) {
        const field = fieldOf.get(searchKey(heading))
        if (field && given[field] === undefined) given[field] = value
      }
      return given
    },
  }
}

/**
 * A day as spreadsheets and Vietnamese documents write it (dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, or yyyy-MM-dd) as
 * yyyy-MM-dd; undefined when it is none (31/02/2024 included).
 */
export const dayOf = (text: string): string | undefined => {
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T.*)?$/.exec(text)
  const [year, month, day] = vietnamese
    ? [Number(vietnamese[3]), Number(vietnamese[2]), Number(vietnamese[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : []
  if (!year || !month || !day) return undefined
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}

/** File names listed in a cell (one per line, or separated by `|` or `;`); names only, never paths. */
export const fileNamesOf = (value: unknown): string[] =>
  itemsOf(value).flatMap((item) =>
    String(item)
      .split(/[|;]/)
      .map((name) => name.trim())
      .filter(Boolean),
  )

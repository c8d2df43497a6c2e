import { en } from '@payloadcms/translations/languages/en'
import type { Field, SanitizedConfig } from 'payload'

/** Words the Vietnamese panel may show as they are: abbreviations and names, not English text. */
const ACCEPTED = new Set(['ID', 'URL', 'JSON', 'API', 'Webhook', 'Fax', 'Slug', 'Email'])

type Label = unknown

const englishOf = (label: Label): string | undefined => {
  if (!label || typeof label !== 'object') return undefined
  const { en: english, vi } = label as { en?: unknown; vi?: unknown }
  return typeof english === 'string' && english !== vi ? english : undefined
}

const fieldStrings = (fields: readonly Field[]): string[] =>
  fields.flatMap((field) => {
    const own = [
      'label' in field ? englishOf(field.label) : undefined,
      englishOf((field.admin as { description?: unknown } | undefined)?.description),
      ...('options' in field && Array.isArray(field.options)
        ? field.options.map((option) => (typeof option === 'object' ? englishOf(option.label) : undefined))
        : []),
      ...('labels' in field && field.labels ? [englishOf(field.labels.singular), englishOf(field.labels.plural)] : []),
    ]
    const nested =
      'fields' in field && Array.isArray(field.fields)
        ? fieldStrings(field.fields)
        : field.type === 'tabs'
          ? field.tabs.flatMap((tab) => [englishOf(tab.label), ...fieldStrings(tab.fields)])
          : []
    return [...own, ...nested].filter((text): text is string => Boolean(text))
  })

const flatten = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(flatten) : []

/**
 * What the panel would show in English: Payload's English interface strings, the plugins' and ours (labels,
 * options, descriptions of the config), as exact texts and, with their {{placeholders}}, as patterns.
 */
export const englishStrings = (config: SanitizedConfig) => {
  const payloadStrings = [...flatten(en.translations), ...flatten((config.i18n.translations as { en?: unknown }).en)]
  const ours = config.collections.flatMap((collection) => [
    englishOf(collection.labels.singular),
    englishOf(collection.labels.plural),
    englishOf(collection.admin?.group),
    ...fieldStrings(collection.fields),
  ])
  const all = [...payloadStrings, ...ours].filter(
    (text): text is string => typeof text === 'string' && text.trim().length >= 3 && !ACCEPTED.has(text.trim()),
  )
  const exact = new Set(all.filter((text) => !text.includes('{{') && !text.includes('<')).map((text) => text.trim()))
  const patterns = all
    .filter((text) => text.includes('{{') && text.replace(/\{\{[^}]*\}\}/g, '').trim().length >= 8)
    .map(
      (text) =>
        new RegExp(
          `^${text
            .trim()
            .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
            .replace(/\{\{[^}]*\}\}/g, '.+')}$`,
        ),
    )
  return { exact, patterns }
}

/** Text that is English or not Vietnamese in form: a 12-hour clock, English months, "tháng 11 27 2026", Đúng/Sai. */
export const FOREIGN_FORMS: Array<[RegExp, string]> = [
  [/\b\d{1,2}:\d{2}\s?(AM|PM)\b/, '12-hour clock'],
  [/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/, 'English month'],
  [/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) \d{1,2}\b/, 'English month'],
  [/tháng \d{1,2} \d{1,2} \d{4}/, 'month before day'],
  [/thg \d{1,2} \d{1,2}, \d{4}/, 'month before day'],
  [/^(Đúng|Sai)$/, 'yes/no as true/false'],
  [/^(Something went wrong|Failed to save|Successfully saved)/, 'English message'],
]

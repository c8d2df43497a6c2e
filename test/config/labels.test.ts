import type { Field } from 'payload'

import { createConfig } from '../../src/config/createConfig'
import { readSettings } from '../../src/settings/settings'

const labelsOf = (fields: readonly Field[], path = ''): Array<[string, string]> =>
  fields.flatMap((field) => {
    const named = 'name' in field ? `${path}${field.name}` : path.replace(/\.$/, '')
    const label =
      'label' in field && field.label && typeof field.label === 'object'
        ? (field.label as { vi?: string }).vi
        : undefined
    const own: Array<[string, string]> = label ? [[named, label]] : []
    const inner =
      'fields' in field && Array.isArray(field.fields)
        ? labelsOf(field.fields, 'name' in field ? `${named}.` : path)
        : field.type === 'tabs'
          ? field.tabs.flatMap((tab) => labelsOf(tab.fields, path))
          : []
    return [...own, ...inner]
  })

/**
 * The admin panel's error toast splits "Các trường sau chưa hợp lệ: A, B" at every comma, so a label with a comma
 * ("Số, ký hiệu") read as two fields. Field labels carry none.
 */
describe('field labels', () => {
  it('have no comma in Vietnamese', async () => {
    const config = await createConfig(readSettings({ DATABASE_URI: 'file::memory:', PAYLOAD_SECRET: 'x'.repeat(32) }))
    const withComma = config.collections.flatMap((collection) =>
      labelsOf(collection.fields)
        .filter(([, label]) => label.includes(','))
        .map(([path, label]) => `${collection.slug}.${path}: ${label}`),
    )
    expect(withComma).toEqual([])
  })
})

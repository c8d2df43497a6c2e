import type { FlattenedField } from 'payload'

import { idParameterProblem, WHERE_LIMITS, whereProblem } from './whereProblems'

const fields = [
  { name: 'title', type: 'text', localized: true },
  { name: 'publishedAt', type: 'date' },
  { name: 'order', type: 'number' },
  { name: 'featured', type: 'checkbox' },
  { hasMany: true, name: 'showOnSubunits', options: ['department', 'district', 'commune'], type: 'select' },
  { name: 'unit', relationTo: 'units', type: 'relationship' },
  { flattenedFields: [{ name: 'domain', type: 'text' }], name: 'domains', type: 'array' },
] as unknown as FlattenedField[]
const sql = { idType: 'number' as const, locales: ['vi', 'en'] }
const check = (where: unknown) => whereProblem(where, fields, sql)
const pathOf = (where: unknown) => check(where)?.path

describe('a filter from a client', () => {
  it('passes when sound: fields, operators, lists as arrays, comma strings or qs objects, nested and/or', () => {
    expect(check({ title: { like: 'kết hôn' } })).toBeUndefined()
    expect(
      check({
        and: [
          { unit: { in: '1,2,3' } },
          { or: { 0: { featured: { equals: 'true' } }, 1: { order: { greater_than: '5' } } } },
        ],
      }),
    ).toBeUndefined()
    expect(check({ publishedAt: { less_than: '2026-07-01' }, showOnSubunits: { in: ['commune'] } })).toBeUndefined()
    expect(
      check({ 'domains.domain': { equals: 'x.gov.vn' }, 'title.vi': { exists: 'true' }, 'unit.name': { like: 'Xã' } }),
    ).toBeUndefined()
    expect(check({ id: { not_in: [1, 2] }, unit: { equals: null } })).toBeUndefined()
  })

  it('names the parameter of an unknown field or operator', () => {
    expect(pathOf({ nonexistent: { equals: 1 } })).toBe('where[nonexistent]')
    expect(pathOf({ title: { bogus: 'x' } })).toBe('where[title][bogus]')
    expect(check({ title: { bogus: 'x' } })?.message.vi).toMatch(/bogus không phải toán tử/)
  })

  it('refuses values of the wrong kind: ids, dates, numbers, options, objects where a value belongs', () => {
    expect(pathOf({ id: { in: 'a,b' } })).toBe('where[id][in]')
    expect(check({ id: { equals: '1e999' } })?.message.en).toMatch(/whole number/)
    expect(pathOf({ publishedAt: { greater_than: 'notadate' } })).toBe('where[publishedAt][greater_than]')
    expect(pathOf({ order: { equals: 'abc' } })).toBe('where[order][equals]')
    expect(check({ showOnSubunits: { in: ['village'] } })?.message.en).toMatch(/one of department, district, commune/)
    expect(pathOf({ unit: { in: { 0: { x: 1 } } } })).toBe('where[unit][in]')
    expect(pathOf({ title: { like: { nested: 1 } } })).toBe('where[title][like]')
    expect(pathOf({ featured: { exists: 'maybe' } })).toBe('where[featured][exists]')
    expect(pathOf({ title: { near: '1,2' } })).toBe('where[title][near]')
  })

  it('refuses malformed and/or and conditions without an operator', () => {
    expect(pathOf({ or: 'x' })).toBe('where[or]')
    expect(pathOf({ or: [{ title: { equals: 'a' } }, 'zz'] })).toBe('where[or][1]')
    expect(pathOf({ title: 'x' })).toBe('where[title]')
  })

  it('refuses filters past the limits, naming the limit', () => {
    const many = Array.from({ length: WHERE_LIMITS.listValues + 1 }, (_, index) => index)
    expect(check({ id: { in: many } })?.message.en).toBe(
      `A list has at most ${WHERE_LIMITS.listValues} values (got ${many.length}).`,
    )
    const wide = {
      or: Array.from({ length: WHERE_LIMITS.conditions + 1 }, (_, index) => ({ order: { equals: index } })),
    }
    expect(check(wide)?.message.en).toBe(`A filter has at most ${WHERE_LIMITS.conditions} conditions.`)
    let deep: Record<string, unknown> = { title: { equals: 'x' } }
    for (let level = 0; level <= WHERE_LIMITS.depth; level++) deep = { and: [deep] }
    expect(check(deep)?.message.en).toMatch(/nest at most/)
    expect(check({ id: { in: many.slice(0, WHERE_LIMITS.listValues) } })).toBeUndefined()
    // What a query string deeper than qs parses leaves: the rest of the brackets as one key.
    const cut = { or: [{ or: [{ '[or][0][title][equals]': 'x' }] }] }
    expect(check(cut)).toEqual({
      message: expect.objectContaining({ en: expect.stringMatching(/deeper than a query string holds/) }),
      path: 'where[or][0][or][0]',
    })
  })

  it('knows the fields of version queries, for collections with versions', () => {
    const versions = { ...sql, versions: true }
    expect(
      whereProblem(
        { latest: { equals: 'true' }, parent: { equals: '3' }, 'version.title': { like: 'x' } },
        fields,
        versions,
      ),
    ).toBeUndefined()
    expect(whereProblem({ parent: { equals: '3' } }, fields, sql)?.path).toBe('where[parent]')
    expect(whereProblem({ 'version.nonexistent': { equals: 1 } }, fields, versions)?.path).toBe(
      'where[version.nonexistent]',
    )
  })

  it('checks ids for the database: numbers on SQL, ObjectIds on MongoDB', () => {
    expect(idParameterProblem('12', sql)).toBeUndefined()
    expect(idParameterProblem('abc', sql)?.path).toBe('id')
    expect(idParameterProblem('65f1c2a9e4b0a1b2c3d4e5f6', { ...sql, idType: 'text' })).toBeUndefined()
    expect(idParameterProblem('12', { ...sql, idType: 'text' })?.message.vi).toMatch(/24 ký tự/)
  })
})

import type { CollectionConfig } from 'payload'

import { declare, systemWide, unitScoped } from '../declaration'
import { checkDeclarations, declarationProblems } from './declarations'

const fields: CollectionConfig['fields'] = [
  { name: 'title', type: 'text' },
  { name: 'body', type: 'textarea' },
]
const sound = declare(
  unitScoped({
    drafts: { maxVersions: 5 },
    inherit: 'marked',
    public: true,
    search: { date: 'updatedAt', heading: 'title', text: ['body'], title: ['title'] },
    webhooks: true,
  }),
  { fields, slug: 'notices' },
)

describe('declarations checked at config build', () => {
  it('accept a sound declaration', () => {
    expect(declarationProblems(sound)).toEqual([])
    expect(declarationProblems(declare(systemWide({ public: false }), { fields, slug: 'people' }))).toEqual([])
  })

  it('refuse an undeclared collection, naming it and what to do', () => {
    expect(declarationProblems({ fields, slug: 'loose' })).toEqual([
      expect.stringMatching(/^Collection "loose" has no declaration: wrap it in declare/),
    ])
  })

  it('refuse versions set by hand, fields the plugins add, and search fields that do not exist', () => {
    const broken = {
      ...declare(
        unitScoped({
          drafts: false,
          inherit: 'marked',
          public: true,
          search: { date: 'issuedAt', heading: 'title', text: ['missing'], title: ['title'] },
        }),
        {
          fields: [...fields, { name: 'unit', type: 'text' }, { name: 'showOnSubunits', type: 'text' }],
          slug: 'broken',
        },
      ),
      versions: { drafts: true },
    } as CollectionConfig
    expect(declarationProblems(broken)).toEqual([
      'Collection "broken" sets versions itself; say drafts: { maxVersions } in its declaration instead.',
      'Collection "broken" has a field "unit": the tenancy plugin adds it.',
      `Collection "broken" has a field "showOnSubunits": the tenancy plugin adds it for inherit: 'marked'.`,
      'Collection "broken": search names "missing", which is not one of its fields.',
      'Collection "broken": search orders by "issuedAt", which is not one of its fields.',
    ])
  })

  it('refuse searching or announcing what is not public, and access rules that the declaration would override', () => {
    const hidden = declare(unitScoped({ drafts: false, inherit: 'none', public: false }), {
      access: { read: () => true },
      fields,
      slug: 'hidden',
    })
    const forced = {
      ...hidden,
      custom: {
        declaration: { ...unitScoped({ drafts: false, inherit: 'none', public: true, webhooks: true }), public: false },
      },
    }
    expect(declarationProblems(hidden)).toEqual([
      `Collection "hidden" has access rules of its own; declare access: 'own' to keep them (else unit-content access applies).`,
    ])
    expect(declarationProblems(forced)).toContain(
      'Collection "hidden" is not public, so it can be neither searched nor announced by webhooks.',
    )
  })

  it('refuse counts of a field that does not exist or of what is not public', () => {
    const counted = (isPublic: boolean, by: string) =>
      declare(unitScoped({ countedBy: by, drafts: false, inherit: 'none', public: isPublic }), {
        fields,
        slug: 'counted',
      })
    expect(declarationProblems(counted(true, 'title'))).toEqual([])
    expect(declarationProblems(counted(true, 'kind'))).toEqual([
      'Collection "counted": countedBy names "kind", which is not one of its fields.',
    ])
    expect(declarationProblems(counted(false, 'title'))).toEqual([
      'Collection "counted" is not public, so portals cannot show its counts (countedBy).',
    ])
  })

  it('stop the config build with every problem listed', () => {
    expect(() => checkDeclarations()({ collections: [sound, { fields, slug: 'loose' }] } as never)).toThrow(
      /declarations are not sound:\n- Collection "loose"/,
    )
  })
})

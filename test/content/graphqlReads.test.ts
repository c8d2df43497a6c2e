import { gql } from '../helpers/http'
import { lexical, useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES } from '../helpers/tenancyFixtures'

const content = useContentServer()

describe('every content collection is readable over GraphQL on a portal', () => {
  it.each([
    ['News', 'title slug bodyHtml categories { name } cover { url }'],
    ['NewsCategories', 'name slug order'],
    ['Procedures', 'code name nationalPortalUrl'],
    ['LegalDocuments', 'numberAndSymbol validity attachments { url mimeType }'],
    ['Contacts', 'name position phones { number }'],
    ['UnitProfiles', 'title functionsAndDutiesHtml leaders { name position bio }'],
    ['allMedia', 'alt url sizes { card { url } }'],
    ['DocumentFiles', 'title url mimeType filesize'],
  ])('%s', async (collection, fields) => {
    const { body } = await gql(
      content.server.url,
      `{ ${collection}(limit: 5) { totalDocs docs { id ${fields} } } }`,
      undefined,
      {
        'x-portal-unit': UNIT_CODES.C1,
      },
    )
    expect(body.errors).toBeUndefined()
    expect(body.data[collection].totalDocs).toEqual(expect.any(Number))
  })

  it('the unit profile of a portal comes back published with its HTML', async () => {
    const { server, world } = content
    const profile = (
      await server.payload.find({ collection: 'unit-profiles', where: { unit: { equals: world.units.C1 } } })
    ).docs[0]!
    await server.payload.update({
      collection: 'unit-profiles',
      data: {
        _status: 'published',
        functionsAndDuties: lexical(['Tham mưu, giúp việc']) as never,
        leaders: [{ bio: 'Sinh năm 1975', name: 'Lê Văn C', position: 'Bí thư Đảng ủy' }],
      },
      id: profile.id,
    })
    const { body } = await gql(
      server.url,
      '{ UnitProfiles { docs { title functionsAndDutiesHtml leaders { name position bio } } } }',
      undefined,
      {
        'x-portal-unit': UNIT_CODES.C1,
      },
    )
    expect(body.data.UnitProfiles.docs).toEqual([
      {
        functionsAndDutiesHtml: '<p>Tham mưu, giúp việc</p>',
        leaders: [{ bio: 'Sinh năm 1975', name: 'Lê Văn C', position: 'Bí thư Đảng ủy' }],
        title: 'Giới thiệu',
      },
    ])
  })
})

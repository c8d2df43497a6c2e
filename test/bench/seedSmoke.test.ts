import { newsData } from '../../bench/dataset/generate'
import { seededRandom } from '../../bench/dataset/random'
import { seedBenchmark } from '../../bench/seed'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

/** The benchmark seeder on a tiny dataset, so the harness cannot rot (its speed is measured by `npm run bench:seed`). */
describe('benchmark dataset (smoke run)', () => {
  it('generates the same content for the same seed, other content for another', () => {
    const sample = (seed: number) =>
      Array.from(
        { length: 5 },
        (
          (random) => () =>
            newsData(random)
        )(seededRandom(seed)),
      )
    expect(sample(42)).toEqual(sample(42))
    expect(sample(42)).not.toEqual(sample(43))
  })

  it('seeds every kind of content for the first units through the schema’s validation', async () => {
    const report = await seedBenchmark(server.payload, { factor: 0.005, seed: 7, units: 2 })
    expect(report).toMatchObject({ documents: 2 * (5 + 5 + 1 + 1) + 10, units: 2 })
    const count = async (collection: string) =>
      (await server.payload.count({ collection: collection as never })).totalDocs
    expect(await count('news')).toBe(10)
    expect(await count('procedures')).toBe(10)
    const titles = (await server.payload.find({ collection: 'news', sort: 'id', where: {} })).docs.map(
      (doc) => doc.title,
    )
    expect(titles.every((title) => /^\S/.test(title) && title.length > 20)).toBe(true)

    const { docs: commune } = await server.payload.find({
      collection: 'procedures',
      where: { level: { equals: 'commune' } },
    })
    expect(commune.every((procedure) => procedure.showOnSubunits?.includes('commune'))).toBe(true)
  })
})

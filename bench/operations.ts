import type { Payload } from 'payload'

import { secondsSince } from './commandLine'
import { seededRandom } from './dataset/random'
import { importProcedures } from './seed'

export type Operations = { importProceduresSeconds: number; procedures: number; provisionMs: number[] }

/**
 * Issue 6's one-off operations through the Local API: provisioning new units (each with its administrator
 * invited) and importing the province's procedure list into one of them. Everything made is removed
 * afterwards, so the dataset stays as seeded.
 */
export const measureOperations = async (payload: Payload, procedures: number): Promise<Operations> => {
  const province = (await payload.find({ collection: 'units', limit: 1, where: { level: { equals: 'province' } } }))
    .docs[0]!
  const stamp = Date.now().toString(36)
  const created: (number | string)[] = []
  const provisionMs: number[] = []
  try {
    for (let index = 1; index <= 5; index++) {
      const started = performance.now()
      const unit = await payload.create({
        collection: 'units',
        data: {
          code: `so-thu-nghiem-${stamp}-${index}`,
          inviteAdminEmail: `bench-${stamp}-${index}@example.gov.vn`,
          level: 'department',
          name: `Sở Thử nghiệm ${stamp} ${index}`,
          parent: province.id,
          status: 'active',
        },
        locale: 'vi',
      })
      provisionMs.push(Math.round(performance.now() - started))
      created.push(unit.id)
    }
    const started = performance.now()
    await importProcedures(payload, { id: created[0]!, name: 'Sở Thử nghiệm' }, procedures, seededRandom(1))
    return { importProceduresSeconds: secondsSince(started), procedures, provisionMs }
  } finally {
    await payload.delete({ collection: 'procedures', where: { unit: { in: created } } })
    await payload.delete({ collection: 'users', where: { email: { like: `bench-${stamp}-` } } })
    await payload.delete({ collection: 'units', where: { id: { in: created } } })
  }
}

import { type ChainedEntry, canonicalJson, chainProblem, entryHash, GENESIS } from './chain'

const chain = (count: number) => {
  const entries: Array<ChainedEntry & { hash: string }> = []
  for (let sequence = 1; sequence <= count; sequence++) {
    const entry: ChainedEntry = {
      action: 'update',
      actorEmail: 'bientap@phuong1.gov.vn',
      actorId: '3',
      at: `2026-11-27T0${sequence}:00:00.000Z`,
      changes: [{ field: 'title', from: 'Tin A', to: `Tin A ${sequence}` }],
      collection: 'news',
      documentId: '7',
      previousHash: entries.at(-1)?.hash ?? GENESIS,
      sequence,
      unitId: '12',
    }
    entries.push({ ...entry, hash: entryHash(entry) })
  }
  return entries
}

describe('the audit chain', () => {
  it('serialises an entry the same way whatever order its keys and what form its dates come in', () => {
    expect(canonicalJson({ b: [{ y: 1, x: null }], a: undefined })).toBe('{"a":null,"b":[{"x":null,"y":1}]}')
    const [entry] = chain(1)
    const reordered = {
      ...entry!,
      at: new Date(entry!.at) as unknown as string,
      changes: [{ to: 'Tin A 1', from: 'Tin A', field: 'title' }],
    }
    expect(entryHash(reordered)).toBe(entry!.hash)
  })

  it('accepts an untouched log, and one whose oldest entries retention removed', () => {
    const entries = chain(5)
    expect(chainProblem(entries)).toBeUndefined()
    expect(chainProblem(entries.slice(2))).toBeUndefined()
    expect(chainProblem(entries.slice(3), entries[2])).toBeUndefined()
  })

  it('finds an edited entry, a removed one, a reordered one and a forged start', () => {
    const edited = chain(4)
    edited[2] = { ...edited[2]!, actorEmail: 'khac@tiengiang.gov.vn' }
    expect(chainProblem(edited)).toEqual({ reason: expect.stringMatching(/changed after it was written/), sequence: 3 })

    const removed = chain(4)
    removed.splice(1, 1)
    expect(chainProblem(removed)).toEqual({ reason: expect.stringMatching(/entry 2 is missing/), sequence: 3 })

    const rehashed = chain(3)
    const forged = { ...rehashed[1]!, previousHash: GENESIS }
    rehashed[1] = { ...forged, hash: entryHash(forged) }
    expect(chainProblem(rehashed)).toEqual({ reason: expect.stringMatching(/does not follow/), sequence: 2 })

    const [first] = chain(1)
    const restarted = { ...first!, previousHash: 'f'.repeat(64) }
    expect(chainProblem([{ ...restarted, hash: entryHash(restarted) }])?.reason).toMatch(/does not start the chain/)
  })
})

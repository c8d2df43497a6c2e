import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { OPERATORS } from '../query/whereProblems'

/**
 * The query check (src/query/whereProblems.ts) lists Payload's operators itself: Payload does not export them from
 * its entry point. If an upgrade adds or removes one, this fails, naming the list to update.
 */
describe("Payload's query operators", () => {
  it('are the ones src/query/whereProblems.ts knows', () => {
    const entry = createRequire(import.meta.url).resolve('payload')
    const constants = fs.readFileSync(path.join(path.dirname(entry), 'types', 'constants.js'), 'utf8')
    const block = /export const validOperators = \[([^\]]*)\]/.exec(constants)?.[1] ?? ''
    const theirs = [...block.matchAll(/'([a-z_]+)'/g)].map((match) => match[1])
    expect(theirs.sort()).toEqual([...OPERATORS].sort())
  })
})

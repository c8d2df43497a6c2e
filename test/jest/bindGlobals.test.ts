import vm from 'node:vm'

import { bindGlobals } from './bindGlobals.mjs'

describe('binding built-ins to module constants for jest (test/jest/bindGlobals.mjs)', () => {
  it('binds the built-ins a module uses, on its first line', () => {
    const out = bindGlobals('export const keys = (o) => Object.keys(o).map((k) => new Map([[k, process.pid]]))\n')
    expect(out.split('\n')).toHaveLength(2)
    expect(out).toMatch(/^const \{ Map, Object, process \} = globalThis;export const keys/)
  })

  it('leaves alone the names a module declares itself, which a second declaration would not compile', () => {
    for (const source of [
      "import Symbol from './_Symbol.js'; Symbol.iterator",
      "import { default as Map } from './map.js'; new Map()",
      'const Map = new WeakMap(); Map.get',
      'var a = 1, Map = 2; Map',
      'function Promise() {} Promise()',
      'class Error extends TypeError {} new Error()',
      "const { Reflect } = require('x'); Reflect",
    ]) {
      const declared = /(Symbol|Map|Promise|Error|Reflect)/.exec(source)![1]!
      const binding = /^const \{ ([^}]*) \} = globalThis;/.exec(bindGlobals(source))?.[1]?.split(', ') ?? []
      expect({ binding, source }).toEqual({ binding: binding.filter((name) => name !== declared), source })
    }
  })

  it('keeps a "use strict" directive first, and the code working as before', () => {
    const source = `module.exports = (o) => [Object.keys(o).length, (function () { return this })()]`
    // With and without a semicolon after the directive (pg's files have none).
    for (const directive of [
      `'use strict';`,
      `"use strict"`,
      `'use strict'`,
      `/* licence */\n// a line\n'use strict'`,
    ]) {
      const out = bindGlobals(`${directive}\n${source}`)
      expect(out.startsWith(`${directive};const { Object } = globalThis;`)).toBe(true)
      const module = { exports: undefined as unknown }
      vm.runInNewContext(`(function (module) {${out}\n})`)(module)
      // Still strict: a plain call's `this` is undefined.
      expect((module.exports as (o: object) => unknown[])({ a: 1, b: 2 })).toEqual([2, undefined])
    }
  })

  it('leaves a file with a shebang, or using no built-in, as it is', () => {
    expect(bindGlobals('#!/usr/bin/env node\nObject.keys({})')).toBe('#!/usr/bin/env node\nObject.keys({})')
    expect(bindGlobals('export const one = 1')).toBe('export const one = 1')
  })
})

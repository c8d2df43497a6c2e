import { execFileSync } from 'node:child_process'
import path from 'node:path'

/**
 * The architecture, checked on every run: the layer rules of .dependency-cruiser.cjs (base imports nothing of
 * ours, features never import the HTTP layer or the config, internals stay quarantined, no module cycles), and
 * no cycles between folders either, which module-level rules cannot see (src/cache → tenants → src/cache).
 */
type Cruise = {
  modules: Array<{
    dependencies: Array<{ coreModule: boolean; couldNotResolve: boolean; resolved: string }>
    source: string
  }>
  summary: { violations: Array<{ from: string; rule: { name: string }; to: string }> }
}

const cruise = (): Cruise => {
  const bin = path.resolve('node_modules/.bin/depcruise')
  const output = execFileSync(
    bin,
    [
      'src',
      'tenants',
      'collections',
      'payload.config.ts',
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'json',
    ],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  return JSON.parse(output) as Cruise
}

/** The folder a module belongs to, for the folder graph: src/<feature>, tenants, collections/<Name>. */
const folderOf = (file: string): string | undefined => {
  const parts = file.split('/')
  if (parts[0] === 'src' || parts[0] === 'collections') return parts.length > 2 ? `${parts[0]}/${parts[1]}` : undefined
  if (parts[0] === 'tenants') return 'tenants'
  return undefined
}

/** Strongly connected components of more than one folder (Tarjan). */
const cycles = (edges: Map<string, Set<string>>): string[][] => {
  let index = 0
  const stack: string[] = []
  const state = new Map<string, { index: number; low: number; onStack: boolean }>()
  const found: string[][] = []
  const visit = (node: string) => {
    state.set(node, { index, low: index, onStack: true })
    index++
    stack.push(node)
    for (const next of edges.get(node) ?? []) {
      if (!state.has(next)) {
        visit(next)
        state.get(node)!.low = Math.min(state.get(node)!.low, state.get(next)!.low)
      } else if (state.get(next)!.onStack) state.get(node)!.low = Math.min(state.get(node)!.low, state.get(next)!.index)
    }
    if (state.get(node)!.low === state.get(node)!.index) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        state.get(member)!.onStack = false
        component.push(member)
      } while (member !== node)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const node of edges.keys()) if (!state.has(node)) visit(node)
  return found
}

describe('the architecture', () => {
  const result = cruise()

  it('keeps every layer rule (npm run lint:deps)', () => {
    expect(
      result.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`),
    ).toEqual([])
    expect(result.modules.length).toBeGreaterThan(100)
  })

  it('has no import cycles between folders', () => {
    const edges = new Map<string, Set<string>>()
    for (const module of result.modules) {
      const from = folderOf(module.source)
      if (!from) continue
      for (const dependency of module.dependencies) {
        const to = folderOf(dependency.resolved)
        if (!to || to === from || dependency.coreModule || dependency.couldNotResolve) continue
        edges.set(from, (edges.get(from) ?? new Set()).add(to))
      }
      if (!edges.has(from)) edges.set(from, new Set())
    }
    expect(edges.size).toBeGreaterThan(10)
    expect(cycles(edges)).toEqual([])
  })
})

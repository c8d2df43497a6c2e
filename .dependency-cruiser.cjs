/**
 * The layers of the code, lowest first; a module may import its own layer and those below it, never above.
 *
 *   base       src/base            text, errors, formats, time, ids: imports nothing of ours
 *   internals  src/internals       every use of a Payload or driver internal, one module per workaround
 *   settings   src/settings        the one validated settings value, read from the environment
 *   features   tenants/, src/{db,cache,search,webhooks,publishing,uploads,richText,fields,declaration},
 *              collections/        (collections use the features; no feature uses a collection)
 *   http       src/http            the Express app, the GraphQL pipeline, REST endpoints
 *   plugins    src/plugins         read the collections' declarations and add fields, hooks, access, indexes
 *   config     src/config, src/server, src/cli, payload.config.ts, app/   wire everything together
 *
 * `npm run lint:deps` checks it (and `test/architecture/layers.test.ts` checks that folders import each other
 * without cycles). Tests and benchmarks may import anything.
 */
const OURS = '^(src|tenants|collections|app|payload\\.config\\.ts)'
const FEATURES =
  '^(tenants|collections|src/(db|cache|search|webhooks|publishing|uploads|richText|fields|declaration|query))/'
const ABOVE_FEATURES = '^(src/(http|plugins|config|server|cli)/|payload\\.config\\.ts|app/)'

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other in a circle cannot be understood, tested or loaded one at a time.',
      from: { path: OURS },
      to: { circular: true },
    },
    {
      name: 'base-imports-nothing-of-ours',
      severity: 'error',
      from: { path: '^src/base/' },
      to: { path: OURS, pathNot: '^src/base/' },
    },
    {
      name: 'internals-only-on-base',
      severity: 'error',
      from: { path: '^src/internals/' },
      to: { path: OURS, pathNot: '^src/(base|internals)/' },
    },
    {
      name: 'settings-only-on-base-and-internals',
      severity: 'error',
      from: { path: '^src/settings/' },
      to: { path: OURS, pathNot: '^src/(base|internals|settings)/' },
    },
    {
      name: 'features-below-http',
      severity: 'error',
      comment: 'Features do not know how they are served or wired.',
      from: { path: FEATURES },
      to: { path: ABOVE_FEATURES },
    },
    {
      name: 'no-feature-uses-a-collection',
      severity: 'error',
      comment: 'Collections sit on top of the features; only the config lists them.',
      from: { path: OURS, pathNot: '^(collections/|src/(config|server|cli)/|payload\\.config\\.ts|app/)' },
      to: { path: '^collections/' },
    },
    {
      name: 'internals-quarantined',
      severity: 'error',
      comment: 'Payload and driver internals are reached only through src/internals (one module per workaround).',
      from: { path: OURS, pathNot: '^src/internals/' },
      to: { path: 'node_modules/(libsql|drizzle-kit|drizzle-orm|@libsql|pg)/' },
    },
    {
      name: 'http-below-plugins',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: '^(src/(plugins|config|server|cli)/|payload\\.config\\.ts|app/)' },
    },
    {
      name: 'plugins-below-config',
      severity: 'error',
      from: { path: '^src/plugins/' },
      to: { path: '^(src/(config|server|cli)/|payload\\.config\\.ts|app/|collections/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Tests (beside the code or under test/) may import anything; they are not part of the layers.
    exclude: { path: ['^(node_modules|\\.next|data|scratch|coverage|migrations|test)/', '\\.test\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
}

/**
 * jest runs the TypeScript sources as native ES modules (NODE_OPTIONS=--experimental-vm-modules, set by
 * `npm test`), compiled by SWC. Test files share nothing: each starts its own database and server.
 */
/** The dependencies the server spends its CPU in under tests (test/jest/bindGlobals.mjs). */
const BOUND_PACKAGES = '(drizzle-orm|payload|@payloadcms/[^/]+|libsql|@libsql/[^/]+|pg|pg-protocol|graphql)'

const config = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  globalSetup: '<rootDir>/test/globalSetup.ts',
  globalTeardown: '<rootDir>/test/globalTeardown.ts',
  // Lexical's packages deadlock on Node 20 unless loaded one by one first (see src/preload/lexical.mjs).
  setupFiles: ['<rootDir>/src/preload/lexical.mjs'],
  testEnvironment: 'node',
  // Suites under test/; rules and workarounds have their tests beside them (src/, tenants/, collections/).
  testMatch: ['<rootDir>/{test,src,tenants,collections}/**/*.test.ts'],
  testTimeout: 120_000,
  // One suite at a time (the suites start servers, databases and browsers: two at once on this 2-core machine made
  // each take 2–3 times as long and brought 120-second tests near their limit), in a worker process that is
  // replaced once it holds more than 1.5 GB after a suite. Without a memory limit jest runs a single worker in its
  // own process, where every suite's Payload, Next and driver modules stay behind: 3.8 GB after 21 of 107 suites,
  // then garbage collection near the heap limit made the CI run of stop 19 take over 90 minutes.
  maxWorkers: 1,
  workerIdleMemoryLimit: '1500MB',
  transform: {
    // Payload's, Drizzle's, the drivers' and GraphQL's code, its built-ins bound once per module (bindGlobals.mjs says why).
    [`/node_modules/${BOUND_PACKAGES}/.+\\.c?js$`]: '<rootDir>/test/jest/bindGlobals.mjs',
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
        module: { type: 'es6' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!${BOUND_PACKAGES}/)`],
}

export default config

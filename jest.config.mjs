/**
 * jest runs the TypeScript sources as native ES modules (NODE_OPTIONS=--experimental-vm-modules, set by
 * `npm test`), compiled by SWC. Test files share nothing: each starts its own database and server.
 */
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
  // Two suites at a time, each in a worker process that is replaced once it holds more than 1.5 GB after a suite.
  // Without a memory limit jest runs everything in its own process on a 2-core machine (maxWorkers 1 means "in
  // band"), and every suite's Payload, Next and driver modules stay behind: 3.8 GB after 21 of 107 suites, then
  // garbage collection near the heap limit made a CI run take over 90 minutes (stop 19).
  maxWorkers: 2,
  workerIdleMemoryLimit: '1500MB',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
        module: { type: 'es6' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/'],
}

export default config

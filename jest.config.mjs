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

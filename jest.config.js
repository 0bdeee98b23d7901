/**
 * Four projects: `unit` (pure code, next to the file it tests), `integration` (resolvers through
 * the local Forge host and the real @forge/kvs client), `property` (fast-check properties through
 * the host) and `browser` (playwright-core driving Chromium against the host). `npm test` runs
 * them all.
 */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      // The automatic JSX runtime, as static/tsconfig.json (`react-jsx`) and Vite compile the UI.
      jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } },
      module: { type: 'commonjs' },
    },
  ],
};
const common = { testEnvironment: 'node', transform, moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };

module.exports = {
  // Integration and browser tests start a host (and a browser); unit tests finish far sooner.
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/dev/**/*.test.ts', '<rootDir>/static/**/*.test.{ts,tsx}'],
      // The Custom UI's path aliases (static/tsconfig.json `paths`, static/vite.config.shared.ts `alias`),
      // so pure UI modules are tested as Vite builds them. Built bundles are never tests.
      moduleNameMapper: {
        '^@contracts/(.*)$': '<rootDir>/src/contracts/$1',
        '^@domain/(.*)$': '<rootDir>/src/domain/$1',
        '^@shared/(.*)$': '<rootDir>/static/shared/$1',
      },
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/static/[^/]+/build/'],
    },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    // Property-based tests through the host (test/property/README.md); `npm run soak` runs them longer.
    { ...common, displayName: 'property', testMatch: ['<rootDir>/test/property/**/*.test.ts'] },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
    },
  ],
};

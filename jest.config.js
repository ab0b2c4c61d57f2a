/** One Jest run for unit (beside the code), integration and end-to-end tests (test/). */
module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  transform: {
    '^.+\\.ts$': ['@swc/jest'],
    // ESM-only packages (single sign-on, and the identity provider the tests run) turned into CommonJS for Jest.
    '^.+\\.js$': ['@swc/jest', { swcrc: false, jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(openid-client|oauth4webapi|jose|oidc-provider)/)'],
  testRegex: ['(apps|libs)/.+\\.spec\\.ts$', 'test/.+\\.(int|e2e)-spec\\.ts$'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@samverkan/testing$': '<rootDir>/test/support',
    '^@samverkan/(.*)$': '<rootDir>/libs/$1/src',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/support/suite-temp-dir.ts'],
  // Generous: end-to-end suites boot real processes, and CI machines are shared.
  testTimeout: 300_000,
  maxWorkers: 2,
};

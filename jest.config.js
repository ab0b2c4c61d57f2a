/** One Jest run for unit (beside the code), integration and end-to-end tests (test/). */
module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  // jose ships ES modules only: transformed like our own code so Jest can require it.
  transform: { '^.+\\.ts$': ['@swc/jest'], '/node_modules/jose/.+\\.js$': ['@swc/jest'] },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
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

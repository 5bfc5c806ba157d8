module.exports = {
  displayName: 'tests',
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/artifacts/'],
  testTimeout: 120000,
  // Finds Chromium and a CJK font once per run and says which (tests/support/chromium.ts).
  globalSetup: '<rootDir>/support/global-setup.ts',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};

module.exports = {
  displayName: `server (${process.env.TEST_DB === 'mysql' ? 'MySQL' : 'SQLite'})`,
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testTimeout: 60000,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
};

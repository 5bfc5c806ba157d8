// Unit tests of the miniapp (hooks, services, components) in jsdom against Taro's h5 runtime:
// `@tarojs/components` renders its React h5 components and `@tarojs/taro` is a shim over
// `@tarojs/taro-h5` with the page hooks of the React plugin (test/support/taro.ts).

/** ESM-only packages that Taro's h5 runtime pulls in; Babel turns them into CommonJS for jest. */
const ESM_DEPS = [
  '@tarojs',
  '@stencil',
  'lodash-es',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'swiper',
  'ssr-window',
  'dom7',
  'tslib',
  'nanoid',
];

const babel = {
  configFile: false,
  babelrc: false,
  presets: [
    ['@babel/preset-env', { targets: { node: 'current' }, modules: 'commonjs' }],
    ['@babel/preset-react', { runtime: 'automatic' }],
    '@babel/preset-typescript',
  ],
};

module.exports = {
  displayName: 'miniapp',
  rootDir: __dirname,
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testEnvironment: 'jsdom',
  testEnvironmentOptions: { url: 'http://localhost/' },
  setupFiles: ['<rootDir>/test/support/env.ts'],
  moduleNameMapper: {
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/test/support/taro.ts',
    '\\.(css|png|jpe?g|gif|svg)$': '<rootDir>/test/support/asset.js',
  },
  transform: { '^.+\\.[cm]?[jt]sx?$': ['babel-jest', babel] },
  // A file under node_modules is left as it is unless its path passes through one of ESM_DEPS
  // (Taro ships copies of its own dependencies nested inside its packages).
  transformIgnorePatterns: [`^(?!.*/node_modules/(${ESM_DEPS.join('|')})/).*/node_modules/`],
};

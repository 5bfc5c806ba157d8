// ESLint flat config for the whole workspace (run from the repository root: `npm run lint`).
import path from 'path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import importX from 'eslint-plugin-import-x';

/**
 * The server's placement rule (server/ARCHITECTURE.md): each folder of server/src is a layer, and a
 * file imports only from its own folder or from folders listed before it. `db` (entities,
 * migrations) is the bottom, `core` the infrastructure, then the features in order, then the
 * background `jobs`, then the entry points. An import that runs back up fails `npm run lint`.
 */
const SERVER_LAYERS = [
  ['db'],
  ['core'],
  ['reference', 'accounts', 'notify', 'documents'],
  ['uploads', 'recalls'],
  ['follows', 'clues'],
  ['cases'],
  ['participation', 'technical', 'county', 'warnings'],
  ['oversight'],
  ['jobs'],
  ['app'],
];
const serverElements = SERVER_LAYERS.flat().map((type) => ({
  type,
  pattern: type === 'app' ? 'server/src/{cli,config}' : `server/src/${type}`,
}));
const serverPolicies = SERVER_LAYERS.slice(1).flatMap((layer, i) =>
  layer.map((type) => ({
    from: { element: { type } },
    allow: { to: { element: { types: { anyOf: SERVER_LAYERS.slice(0, i + 1).flat() } } } },
  })),
);

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'shared/src/generated/**',
      'tests/artifacts/**',
      'data/**',
      'miniapp/.swc/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['server/src/**/*.ts'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'boundaries/elements': serverElements,
      'boundaries/root-path': path.resolve(import.meta.dirname, '..'),
      'import-x/resolver': { node: { extensions: ['.ts', '.js'] } },
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
      'import/resolver': { node: { extensions: ['.ts', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: serverPolicies }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // The weapp main package holds only consumer routes: the mini-program imports CONSUMER_API or
    // STAFF_API, never the merged API, and main-package folders never STAFF_API (tests/weapp/check.js
    // measures the result).
    files: ['miniapp/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@recall/shared',
              importNames: ['API', 'ALL_ROUTES'],
              message: '用 CONSUMER_API 或 @recall/shared/staff 的 STAFF_API',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['miniapp/src/{pages,services,components,hooks,utils}/**/*.{ts,tsx}', 'miniapp/src/app.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@recall/shared',
              importNames: ['API', 'ALL_ROUTES'],
              message: '主包只用 CONSUMER_API；员工接口放在分包的 features/*/staffApi.ts',
            },
            { name: '@recall/shared/staff', message: '员工接口只在分包中使用（features/*/staffApi.ts 等）' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: globals.node,
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

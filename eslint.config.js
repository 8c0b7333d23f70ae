// @ts-check
import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';

const domainBans = {
  patterns: [
    {
      group: [
        'react',
        'react-dom',
        'react-dom/*',
        'react-*',
        'zustand',
        'zustand/*',
        'jspdf',
        'jspdf-*',
        'recharts',
        'i18next',
        'node:*',
        'exceljs',
        'exceljs/*',
      ],
      message: 'src/domain is pure TypeScript: no React, zustand, jspdf, recharts, i18n or Node APIs.',
    },
    {
      group: ['**/features/**', '**/components/**', '**/app/**', '**/cli/**', '**/pdf/**'],
      message: 'src/domain imports nothing outside src/domain.',
    },
  ],
};

const exceljsBan = { group: ['exceljs', 'exceljs/*'], message: 'exceljs is used only under src/xlsx.' };
const heavyLibraryBans = [
  { group: ['jspdf', 'jspdf-*'], message: 'jspdf is used only under src/pdf.' },
  exceljsBan,
  { group: ['recharts'], message: 'recharts is used only in chart components (*-chart.tsx).' },
  {
    group: ['**/server/*', '@hocuspocus/server', '@hocuspocus/extension-*', 'better-sqlite3', 'ws'],
    message: 'src/server is the Node team server: the app reaches it only over the network.',
  },
];

// A feature never imports a sibling feature: shared code goes to src/components or below.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureIsolation = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  ignores: ['src/**/*-chart.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...heavyLibraryBans,
          {
            group: features
              .filter((other) => other !== feature)
              .flatMap((other) => [`../${other}/*`, `**/features/${other}/*`]),
            message: 'A feature never imports a sibling feature; move shared code to src/components.',
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', '.bench'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // An import of types only must be `import type`: with verbatimModuleSyntax, `import { type X }`
      // stays in the build as `import './x'`, which loads and runs that module for nothing.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { 'src/**/': 'KEBAB_CASE', 'tests/**/': 'KEBAB_CASE' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    rules: {
      // A scrollable region must take focus so keyboard users can scroll it (WCAG 2.1.1).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
    },
  },
  {
    // Every word a user reads comes from the i18n catalogues (src/i18n/*.json) or the criteria files.
    files: ['src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            exclude: [
              'className',
              'value',
              'idPrefix',
              'href',
              'id',
              'htmlFor',
              'aria-labelledby',
              'aria-describedby',
              'type',
              'inputMode',
              'autoComplete',
              'rel',
              'target',
              'name',
              'role',
              'aria-current',
            ],
          },
          // Symbols and numbers (✓, →, 1) are not words to translate.
          // Neither are colours and sizes in chart props ("#0b5cad", "64%").
          words: { exclude: ['^[\\s\\d✓…⚠←→·:;,—–()-]*$', '^#[0-9a-fA-F]{3,8}$', '^[\\d.]+%$'] },
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', domainBans],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'process'].map(
          (name) => ({
            name,
            message: 'src/domain runs in Node and the browser alike: pass what you need in.',
          }),
        ),
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**', 'src/pdf/**', 'src/**/*-chart.tsx', 'src/server/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: heavyLibraryBans }],
    },
  },
  {
    // The one place exceljs is loaded (lazily): the respondents' workbooks.
    files: ['src/xlsx/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: heavyLibraryBans.filter((ban) => ban !== exceljsBan) }],
    },
  },
  ...featureIsolation,
  {
    files: [
      'src/cli/**/*.ts',
      'src/server/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      'tests/**/*.{ts,tsx}',
      'vite.config.ts',
      'eslint.config.js',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);

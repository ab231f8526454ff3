// Lint holds the layers (see README "Architecture"): shared/ is plain TypeScript,
// renderer/ may use the DOM, main/hub, main/central and devices/ may use Node, and only
// main/app (the Electron shell) may import Electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodeOnlyPackages = [
  'better-sqlite3',
  'fastify',
  '@fastify/*',
  'pino',
  'serialport',
  '@serialport/*',
  'node-thermal-printer',
  'pg',
  '@napi-rs/canvas',
  'socket.io',
];
const electron = ['electron', 'electron/*'];

// Node built-ins are matched by exact name (a pattern like "domain" would also catch ../domain/x.js);
// packages and other layers' folders by pattern.
const restrict = (patterns, message) => {
  const exact = patterns.filter((p) => nodeModules.includes(p));
  const globs = patterns.filter((p) => !nodeModules.includes(p));
  return {
    'no-restricted-imports': [
      'error',
      { paths: exact.map((name) => ({ name, message })), patterns: [{ group: globs, message }] },
    ],
  };
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'data/**',
      'artifacts/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts', 'shared/**/*.tsx'],
    rules: restrict(
      [
        ...nodeModules,
        ...nodeOnlyPackages,
        ...electron,
        'react-dom',
        'react-dom/*',
        '**/main/**',
        '**/renderer/**',
        '**/devices/**',
      ],
      'shared/ is plain TypeScript: no Node, DOM, Electron, or imports from other layers.',
    ),
    languageOptions: { globals: {} },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: restrict(
      [...nodeModules, ...nodeOnlyPackages, ...electron, '**/main/**', '**/devices/**'],
      'renderer/ runs in a browser: no Node, no Electron, only shared/.',
    ),
  },
  {
    files: ['main/hub/**/*.ts', 'main/central/**/*.ts', 'main/demo/**/*.ts', 'devices/**/*.ts'],
    rules: restrict(
      [...electron, 'react', 'react-dom', 'react-dom/*', '**/renderer/**', '**/main/app/**'],
      'hub, central and devices run in Node: no Electron, no DOM/React.',
    ),
  },
);

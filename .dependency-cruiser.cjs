/**
 * Dawr's architecture rules (issue #17), checked in CI by `npm run lint:architecture`:
 *   depcruise --config .dependency-cruiser.cjs --ignore-known .dependency-cruiser-known-violations.json
 * Violations that existed when a rule was added are listed in the known-violations baseline, so CI
 * fails on any NEW one while the old ones are removed; the baseline may only shrink
 * (tests/architecture/known-violations.test.ts). Regenerate it only after removing entries:
 *   npx depcruise-baseline main shared renderer devices --config .dependency-cruiser.cjs \
 *     --output-to .dependency-cruiser-known-violations.json
 * "SQL only in stores" cannot be said in depcruise (it is a call, not an import): see
 * tests/architecture/sql-in-stores.test.ts.
 */

/**
 * Folders of main/hub that belong to the hub's core, not to a feature: the SQL layer, the TLS
 * material and personal-data sealing that HubModuleContext hands to every feature, and the service
 * identifiers through which features use each other without importing each other. The files
 * directly in main/hub/ are core too (hub, commit worker, broadcaster, auth, server).
 */
const HUB_CORE_FOLDERS = ['store', 'tls', 'personal-data', 'services'];
const CORE = `(?:${HUB_CORE_FOLDERS.join('|')})`;
/** Node modules that do I/O: the pure engine must take what it needs from an adapter instead. */
const IO_MODULES = [
  'better-sqlite3',
  'pg',
  'socket\\.io',
  'socket\\.io-client',
  'fastify',
  '@fastify/[^/]+',
  'serialport',
  'ws',
  'web-push',
  'smpp',
  'node-thermal-printer',
  '@napi-rs/canvas',
  'pino',
  'electron',
];

/* global module -- a CommonJS file: dependency-cruiser reads its configuration with require(). */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'A cycle (type imports count too) means two modules cannot be understood, tested or moved ' +
        'apart; it is how modules.ts and the 25 feature files became one knot (#17). Break it by ' +
        'moving what both need to a module both may import (core or shared/).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-imports-only-shared',
      comment:
        'shared/ (contract, domain, i18n) is used by every process: the hub, central, devices, the ' +
        'Electron shell and the browser apps. If it imported from any of them, that code would be ' +
        'dragged into every other runtime.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(main|renderer|devices|tests|bench|scripts)/' },
    },
    {
      name: 'shared-no-node-builtins',
      comment:
        'shared/ must run in a browser as well as in Node: no node: modules (ESLint holds the same ' +
        'line; this catches type-only and re-exported imports too).',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-no-io',
      comment:
        'shared/domain is the pure queue engine: the clock, ids and storage are injected so it can be ' +
        'tested and simulated without a disk, a network or a device. No I/O library may reach it.',
      severity: 'error',
      from: { path: '^shared/domain/' },
      to: { path: `(^|/)node_modules/(${IO_MODULES.join('|')})/` },
    },
    {
      name: 'renderer-not-to-main',
      comment:
        'The browser apps talk to the hub only over the wire (shared/contract): importing main/ would ' +
        'bundle Node code into a page, or couple a screen to the hub’s internals.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^main/' },
    },
    {
      name: 'devices-not-to-main',
      comment:
        'Device drivers and emulators are used by the hub and by the Electron shell alike; they get ' +
        'what they need through their own interfaces and shared/contract, never from main/.',
      severity: 'error',
      from: { path: '^devices/' },
      to: { path: '^main/' },
    },
    {
      name: 'renderer-no-node-builtins',
      comment: 'The browser apps run in a sandboxed page: node: modules do not exist there.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'hub-features-not-to-features',
      comment:
        'A hub feature (main/hub/<feature>/) may use the hub core and shared/, never another ' +
        'feature: what two features share belongs in the core or in shared/, and a feature can then ' +
        'be added, removed or read on its own (#17).',
      severity: 'error',
      from: { path: `^main/hub/(?!${CORE}/)([^/]+)/` },
      to: { path: '^main/hub/[^/]+/', pathNot: [`^main/hub/$1/`, `^main/hub/${CORE}/`] },
    },
    {
      name: 'hub-core-folders-not-to-features',
      comment:
        'The core folders serve every feature; if one of them used a feature, that feature could ' +
        'no longer be removed or changed alone. (modules.ts, the one registry of features, is the ' +
        'deliberate exception and lives directly in main/hub/.)',
      severity: 'error',
      from: { path: `^main/hub/${CORE}/` },
      to: { path: '^main/hub/[^/]+/', pathNot: `^main/hub/${CORE}/` },
    },
    {
      name: 'hub-not-to-central',
      comment:
        'The hub and the central profile service are separate deployments: code both need (such as ' +
        'identity hashing) belongs in shared/, not in one of them.',
      severity: 'error',
      from: { path: '^main/hub/' },
      to: { path: '^main/central/' },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    exclude: { path: ['^dist/', '^data/', '^node_modules/'] },
    // Type-only imports are dependencies too: a cycle of types still ties modules together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

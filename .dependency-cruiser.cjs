/**
 * Dawr's architecture rules (issue #17), checked in CI by `npm run lint:architecture`:
 *   depcruise --config .dependency-cruiser.cjs --ignore-known .dependency-cruiser-known-violations.json
 * Violations that existed when a rule was added are listed in the known-violations baseline, so CI
 * fails on any NEW one while the old ones are removed; the baseline may only shrink
 * (tests/architecture/dependency-rules.test.ts). Regenerate it only after removing entries:
 *   npx depcruise-baseline main shared renderer devices --config .dependency-cruiser.cjs \
 *     --output-to .dependency-cruiser-known-violations.json
 * "SQL only in stores" cannot be said in depcruise (it is a call, not an import): see
 * tests/architecture/sql-in-stores.test.ts.
 */

/**
 * The hub's layout (#17): main/hub/core/ (hub, store, commit worker, broadcaster, auth, server, HTTP
 * helpers, the module context and the service identifiers through which features use each other),
 * main/hub/features/<feature>/ (one folder per feature), and at the top only the entry points: the
 * registry of features (modules.ts), start.ts and cli.ts.
 */
const HUB_FEATURE = '^main/hub/features/';
/** The hub's entry points, directly in main/hub/: they may import everything, nothing imports them. */
const HUB_ENTRY = '^main/hub/[^/]+$';
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
        'A hub feature (main/hub/features/<feature>/) may use the hub core and shared/, never another ' +
        'feature: what two features share belongs in the core (a service id in core/services/ids.ts, ' +
        'or the code itself) or in shared/, and a feature can then be added, removed or read on its ' +
        'own (#17).',
      severity: 'error',
      from: { path: `${HUB_FEATURE}([^/]+)/` },
      to: { path: HUB_FEATURE, pathNot: `${HUB_FEATURE}$1/` },
    },
    {
      name: 'hub-core-not-to-features',
      comment:
        'The core serves every feature; if it used one, that feature could no longer be removed or ' +
        'changed alone. Features reach the core through the module context they are given.',
      severity: 'error',
      from: { path: '^main/hub/core/' },
      to: { path: HUB_FEATURE },
    },
    {
      name: 'hub-entry-points-not-imported',
      comment:
        'modules.ts (the one registry of features), start.ts and cli.ts import everything; if the ' +
        'core or a feature imported them, every module would sit in one import circle again. The core ' +
        'is handed the modules (createHubServer({ modules })), features import core/module-context.ts.',
      severity: 'error',
      from: { path: '^main/hub/(core|features)/' },
      to: { path: HUB_ENTRY },
    },
    {
      name: 'hub-not-to-central',
      comment:
        'The hub and the central profile service are separate deployments: code both need (identity ' +
        'hashing, SQLite backups) lives in main/common/ or main/sqlite/, never in one of them.',
      severity: 'error',
      from: { path: '^main/hub/' },
      to: { path: '^main/central/' },
    },
    {
      name: 'central-not-to-hub',
      comment:
        'Central runs in a data centre, the hub in a service centre: central importing hub code would ' +
        'drag the queue engine’s process into it and tie their releases together. Shared code lives in ' +
        'main/common/ or main/sqlite/.',
      severity: 'error',
      from: { path: '^main/central/' },
      to: { path: '^main/hub/' },
    },
    {
      name: 'common-not-to-deployments',
      comment:
        'main/common/ and main/sqlite/ are what the hub and central share; if they imported either, ' +
        'each deployment would carry the other again.',
      severity: 'error',
      from: { path: '^main/(common|sqlite)/' },
      to: { path: '^main/(hub|central|demo|app)/' },
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

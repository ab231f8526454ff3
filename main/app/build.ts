/**
 * Builds the Electron shell into dist/app/: main.cjs (main process), preload.cjs (sandboxed
 * preload: one self-contained file, since a sandboxed preload can require only 'electron'),
 * and pages/ (the local waiting and pairing pages). Native modules stay outside the bundle so
 * electron-builder can rebuild them for Electron. Run: `npx tsx main/app/build.ts`.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'main', 'app');
export const APP_OUT = join(root, 'dist', 'app');

/** Packages with native code (rebuilt for Electron by electron-builder) or loaded at run time. */
export const NATIVE_EXTERNALS = [
  'electron',
  'serialport',
  '@serialport/*',
  '@napi-rs/canvas',
  'better-sqlite3',
];

export async function buildApp(): Promise<void> {
  mkdirSync(join(APP_OUT, 'pages'), { recursive: true });
  const common = { bundle: true, logLevel: 'error', legalComments: 'none', target: 'node20' } as const;
  await build({
    ...common,
    entryPoints: [join(src, 'electron-main.ts')],
    platform: 'node',
    format: 'cjs',
    outfile: join(APP_OUT, 'main.cjs'),
    external: NATIVE_EXTERNALS,
  });
  await build({
    ...common,
    entryPoints: [join(src, 'preload.ts')],
    platform: 'node',
    format: 'cjs',
    outfile: join(APP_OUT, 'preload.cjs'),
    external: ['electron'],
  });
  await build({
    ...common,
    entryPoints: [join(src, 'pages', 'waiting.ts'), join(src, 'pages', 'pairing.ts')],
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    outdir: join(APP_OUT, 'pages'),
  });
  for (const f of readdirSync(join(src, 'pages')))
    if (f.endsWith('.html') || f.endsWith('.css'))
      copyFileSync(join(src, 'pages', f), join(APP_OUT, 'pages', f));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildApp();
  console.log(`Electron shell built into ${APP_OUT}`);
}

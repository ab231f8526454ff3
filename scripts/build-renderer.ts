/**
 * Builds every app under renderer/<app>/ (those with a main.tsx) into dist/renderer/<app>/:
 * one minified bundle, its index.html and styles. Prints each bundle's gzip size.
 */
import { build } from 'esbuild';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const defaultOut = join(root, 'dist', 'renderer');

/** The version in package.json, which every app reports to the hub's device health. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Every app, or only those listed in DAWR_APPS (comma-separated), e.g. while one app is being worked on. */
export function appNames(): string[] {
  const dir = join(root, 'renderer');
  const only = process.env.DAWR_APPS?.split(',').filter(Boolean);
  return readdirSync(dir).filter(
    (d) =>
      statSync(join(dir, d)).isDirectory() &&
      existsSync(join(dir, d, 'main.tsx')) &&
      (!only || only.includes(d)),
  );
}

/**
 * The woff2 files renderer/common/typography.css names: Arabic and Latin subsets of Noto Sans Arabic and
 * Noto Sans in the two weights the apps use, from their npm packages (no font binaries in the repository).
 */
export const FONT_FILES = [
  '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
  '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2',
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2',
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2',
];

/**
 * Brotli and gzip copies beside a file, which the hub serves to browsers that accept them
 * (@fastify/static `preCompressed`): a phone on mobile data downloads a quarter of the bytes.
 */
function precompress(file: string): void {
  const body = readFileSync(file);
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(body, {
      // Quality 7: within a few per cent of 11 at a tenth of its time (every browser test file builds).
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 7,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  );
  writeFileSync(`${file}.gz`, gzipSync(body));
}

function copyFonts(dest: string): void {
  mkdirSync(dest, { recursive: true });
  for (const f of FONT_FILES) copyFileSync(join(root, 'node_modules', f), join(dest, basename(f)));
}

/** `out` defaults to dist/renderer; the Debian packaging builds straight into its staging tree. */
export async function buildRenderer(
  opts: { quiet?: boolean; out?: string } = {},
): Promise<Record<string, number>> {
  const out = opts.out ?? defaultOut;
  const sizes: Record<string, number> = {};
  // Stylesheets shared by several apps, served at /common/<name>.css.
  mkdirSync(join(out, 'common'), { recursive: true });
  for (const f of readdirSync(join(root, 'renderer', 'common')))
    if (f.endsWith('.css')) copyFileSync(join(root, 'renderer', 'common', f), join(out, 'common', f));
  for (const f of readdirSync(join(out, 'common')))
    if (f.endsWith('.css')) precompress(join(out, 'common', f));
  copyFonts(join(out, 'common', 'fonts'));
  // Browsers ask every origin for /favicon.ico: one icon at the root serves every app (no 404 in the console).
  copyFileSync(join(root, 'renderer', 'common', 'favicon.ico'), join(out, 'favicon.ico'));
  for (const app of appNames()) {
    const src = join(root, 'renderer', app);
    const dest = join(out, app);
    mkdirSync(dest, { recursive: true });
    await build({
      entryPoints: [join(src, 'main.tsx')],
      bundle: true,
      minify: true,
      format: 'esm',
      target: ['chrome110'],
      jsx: 'automatic',
      outfile: join(dest, 'app.js'),
      define: {
        'process.env.NODE_ENV': '"production"',
        // The version each app reports in its heartbeat (renderer/common/heartbeat.ts).
        __DAWR_VERSION__: JSON.stringify(packageVersion()),
      },
      logLevel: 'error',
      legalComments: 'none',
      // Arabic strings as UTF-8 (2 bytes a letter) rather than \uXXXX escapes (6): a third of the catalogues.
      charset: 'utf8',
    });
    for (const f of readdirSync(src))
      // Pages, styles, and a service worker (which must be its own file at a known path).
      if (f.endsWith('.html') || f.endsWith('.css') || f === 'sw.js')
        copyFileSync(join(src, f), join(dest, f));
    for (const f of readdirSync(dest)) if (/\.(js|css)$/.test(f)) precompress(join(dest, f));
    sizes[app] = gzipSync(readFileSync(join(dest, 'app.js'))).length;
    if (!opts.quiet) console.log(`  ${app.padEnd(12)} ${(sizes[app] / 1024).toFixed(1)} KB gzip`);
  }
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Building renderer apps into dist/renderer:');
  await buildRenderer();
}

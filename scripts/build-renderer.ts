/**
 * Builds every app under renderer/<app>/ (those with a main.tsx) into dist/renderer/<app>/:
 * one minified bundle, its index.html and styles. Prints each bundle's gzip size.
 */
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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
    });
    for (const f of readdirSync(src))
      // Pages, styles, and a service worker (which must be its own file at a known path).
      if (f.endsWith('.html') || f.endsWith('.css') || f === 'sw.js')
        copyFileSync(join(src, f), join(dest, f));
    sizes[app] = gzipSync(readFileSync(join(dest, 'app.js'))).length;
    if (!opts.quiet) console.log(`  ${app.padEnd(12)} ${(sizes[app] / 1024).toFixed(1)} KB gzip`);
  }
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Building renderer apps into dist/renderer:');
  await buildRenderer();
}

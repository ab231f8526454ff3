/**
 * Builds every app under renderer/<app>/ (those with a main.tsx) into dist/renderer/<app>/:
 * a minified ES module entry (app.js), the chunks it loads later (chunks/, from `import()`: screens
 * not on the first paint), its index.html and styles. Prints each app's gzip size before the first
 * paint (the entry and the chunks it imports statically) and of what loads after it.
 */
import { build } from 'esbuild';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, relative } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { languageNameFacesCss } from './language-name-faces.js';

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
  // The visitors' other scripts (#19): fetched by a browser only when that script is on screen.
  ...['devanagari', 'malayalam', 'bengali', 'tamil'].flatMap((s) =>
    [400, 700].map((w) => `@fontsource/noto-sans-${s}/files/noto-sans-${s}-${s}-${w}-normal.woff2`),
  ),
  '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2',
  '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-700-normal.woff2',
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

/** An app's JavaScript, gzip bytes: what the first paint needs, and what loads after it. */
export interface AppScripts {
  /** app.js and every chunk it imports statically (the browser fetches them all before running it). */
  firstPaint: number;
  /**
   * The app's workers (`<name>.worker.ts`) and the chunks they import: run on their own thread (the
   * kiosk checks its boot data in one before the first paint); chunks shared with the page count
   * in both, as each thread compiles its own copy.
   */
  workers: number;
  /** Chunks only reached through `import()`. */
  later: number;
  /** The source files and packages (`node_modules/<name>`) bundled into what loads before the first paint. */
  firstPaintSources: string[];
}

/**
 * An app's workers: each `<name>.worker.ts` in its folder is an entry of its own, built to
 * /<app>/<name>.worker.js (a worker is started by URL, so it cannot be a hashed chunk).
 */
function workerEntries(src: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(src)
      .filter((f) => f.endsWith('.worker.ts'))
      .map((f) => [f.replace(/\.ts$/, ''), join(src, f)]),
  );
}

/** `out` defaults to dist/renderer; the Debian packaging builds straight into its staging tree. */
export async function buildRenderer(
  opts: { quiet?: boolean; out?: string } = {},
): Promise<Record<string, number>> {
  const scripts = await buildRendererApps(opts);
  return Object.fromEntries(Object.entries(scripts).map(([app, s]) => [app, s.firstPaint]));
}

/** Chunks of earlier builds are kept this long: a page loaded before a rebuild may still import them. */
const STALE_CHUNK_MS = 60 * 60 * 1000;

/** Builds every app; returns each one's JavaScript sizes (gzip). */
export async function buildRendererApps(
  opts: { quiet?: boolean; out?: string } = {},
): Promise<Record<string, AppScripts>> {
  const out = opts.out ?? defaultOut;
  const sizes: Record<string, AppScripts> = {};
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
    const result = await build({
      entryPoints: { app: join(src, 'main.tsx'), ...workerEntries(src) },
      bundle: true,
      minify: true,
      format: 'esm',
      // Code behind `import()` (screens not on the first paint) goes to its own chunk, fetched later.
      splitting: true,
      outdir: dest,
      chunkNames: 'chunks/[name]-[hash]',
      metafile: true,
      // Metafile paths are relative to this.
      absWorkingDir: root,
      target: ['chrome110'],
      jsx: 'automatic',
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
    const built = new Set(Object.keys(result.metafile.outputs).map((f) => relative(dest, join(root, f))));
    const preloads = pagePreloads(result.metafile.outputs, relative(root, join(dest, 'app.js'))).map(
      (f) => `/${app}/${relative(dest, join(root, f))}`,
    );
    for (const f of readdirSync(src))
      // Pages, styles, and a service worker (which must be its own file at a known path).
      if (f.endsWith('.html'))
        writeFileSync(join(dest, f), withModulePreloads(readFileSync(join(src, f), 'utf8'), preloads));
      else if (f === 'kiosk.css' && app === 'kiosk')
        // With the faces of the other languages' names on its welcome screen (language-name-faces.ts).
        writeFileSync(join(dest, f), readFileSync(join(src, f), 'utf8') + (await languageNameFacesCss()));
      else if (f.endsWith('.css') || f === 'sw.js') copyFileSync(join(src, f), join(dest, f));
    pruneStaleChunks(join(dest, 'chunks'), built);
    for (const f of readdirSync(dest)) if (/\.(js|css)$/.test(f)) precompress(join(dest, f));
    for (const f of built) if (f.startsWith('chunks/') && f.endsWith('.js')) precompress(join(dest, f));
    const workers = Object.keys(workerEntries(src)).map((w) => relative(root, join(dest, `${w}.js`)));
    sizes[app] = scriptSizes(result.metafile.outputs, relative(root, join(dest, 'app.js')), workers);
    if (!opts.quiet)
      console.log(
        `  ${app.padEnd(12)} ${(sizes[app].firstPaint / 1024).toFixed(1)} KB gzip before the first paint` +
          (sizes[app].workers ? ` (+ ${(sizes[app].workers / 1024).toFixed(1)} KB in workers)` : '') +
          (sizes[app].later ? `, ${(sizes[app].later / 1024).toFixed(1)} KB after it` : ''),
      );
  }
  return sizes;
}

type Outputs = Record<
  string,
  { imports: { path: string; kind: string }[]; entryPoint?: string; inputs: Record<string, unknown> }
>;

/**
 * What the first paint needs: the entry and every output it imports statically, transitively (the
 * entry first). An app's `boot.tsx` that its entry imports with `import()` counts too: the entry
 * starts its requests to the hub before the app behind it is run (renderer/kiosk/main.tsx).
 */
function staticGraph(outputs: Outputs, entry: string): Set<string> {
  const first = new Set<string>();
  const visit = (f: string) => {
    if (first.has(f)) return;
    first.add(f);
    for (const i of outputs[f]?.imports ?? [])
      if (i.kind === 'import-statement') visit(i.path);
      else if (f === entry && i.kind === 'dynamic-import' && isBoot(outputs[i.path]?.entryPoint))
        visit(i.path);
  };
  visit(entry);
  return first;
}

const isBoot = (source: string | undefined) => source !== undefined && basename(source) === 'boot.tsx';

/** The chunks the first paint needs besides the entry. */
function staticChunks(outputs: Outputs, entry: string): string[] {
  return [...staticGraph(outputs, entry)].filter((f) => f !== entry);
}

/**
 * What the page preloads: the entry first (it starts the app's own requests, so it should not queue
 * behind the chunks), then the chunks it needs; none for an app built as a single file.
 */
function pagePreloads(outputs: Outputs, entry: string): string[] {
  const chunks = staticChunks(outputs, entry);
  return chunks.length === 0 ? [] : [entry, ...chunks];
}

/**
 * The page with a `modulepreload` for each chunk the entry imports: the browser fetches them with
 * app.js instead of after parsing it (one round trip less, 170 ms on the 4G profile).
 */
function withModulePreloads(html: string, chunks: string[]): string {
  if (chunks.length === 0) return html;
  const links = chunks.map((c) => `    <link rel="modulepreload" href="${c}" />\n`).join('');
  return html.replace(/\n\s*<\/head>/, `\n${links}  </head>`);
}

/**
 * Splits an app's outputs into what its entry loads statically, what its workers load, and what
 * only `import()` reaches.
 */
function scriptSizes(outputs: Outputs, entry: string, workers: string[]): AppScripts {
  const gz = (f: string) => gzipSync(readFileSync(join(root, f))).length;
  const first = staticGraph(outputs, entry);
  const inWorkers = new Set(workers.flatMap((w) => [...staticGraph(outputs, w)]));
  const js = Object.keys(outputs).filter((f) => f.endsWith('.js'));
  const sum = (files: string[]) => files.reduce((a, f) => a + gz(f), 0);
  // A package counts once, by its name: `node_modules/zod`, not each of its files.
  const source = (input: string) =>
    input.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, 'node_modules/$1');
  return {
    firstPaintSources: [...new Set([...first].flatMap((f) => Object.keys(outputs[f]!.inputs).map(source)))],
    firstPaint: sum(js.filter((f) => first.has(f))),
    workers: sum(js.filter((f) => inWorkers.has(f))),
    later: sum(js.filter((f) => !first.has(f) && !inWorkers.has(f))),
  };
}

/** Removes chunks (and their compressed copies) that this build did not write, once they are old. */
function pruneStaleChunks(dir: string, built: Set<string>): void {
  if (!existsSync(dir)) return;
  const now = Date.now();
  for (const f of readdirSync(dir)) {
    const file = join(dir, f);
    const source = `chunks/${f.replace(/\.(br|gz)$/, '')}`;
    if (!built.has(source) && now - statSync(file).mtimeMs > STALE_CHUNK_MS) rmSync(file);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Building renderer apps into dist/renderer:');
  await buildRenderer();
}

/**
 * Bundles a server's TypeScript (hub or central) with esbuild into plain ESM JavaScript, so the
 * installed service runs on `node` alone (no tsx). npm packages stay outside the bundle and are
 * shipped as they are installed: native modules need their own files, and the rest load unchanged.
 */
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { packageNameOf } from './production-deps.js';

export interface ServerBundle {
  /** Entry point relative to the project, e.g. `main/hub/cli.ts`. */
  entry: string;
  /**
   * Files (relative to the project) that the bundled code loads from its own folder at run time:
   * the hub's commit worker, started with `new Worker(new URL('./commit-worker.js', import.meta.url))`
   * from code that the bundle now holds.
   */
  besideBundle?: readonly string[];
  /** Packages loaded with createRequire, which esbuild cannot see. */
  requiredAtRunTime?: readonly string[];
}

const BUILTINS = new Set(builtinModules);
const isBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || BUILTINS.has(packageNameOf(specifier));

/**
 * Writes `<appRoot>/<dirname of entry>/<name>.js` (the same depth as in the repository, since the
 * hub finds dist/renderer relative to its own file) and returns the npm packages it imports.
 */
export async function bundleServer(
  projectRoot: string,
  appRoot: string,
  bundle: ServerBundle,
): Promise<string[]> {
  const outfile = join(appRoot, bundle.entry.replace(/\.ts$/, '.js'));
  const result = await build({
    entryPoints: [join(projectRoot, bundle.entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    legalComments: 'none',
    logLevel: 'error',
  });
  const packages = new Set(bundle.requiredAtRunTime ?? []);
  for (const output of Object.values(result.metafile.outputs))
    for (const imported of output.imports)
      if (imported.external && !isBuiltin(imported.path)) packages.add(packageNameOf(imported.path));
  for (const file of bundle.besideBundle ?? [])
    await build({
      entryPoints: [join(projectRoot, file)],
      outfile: join(dirname(outfile), basename(file)),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
    });
  return [...packages].sort();
}

/**
 * The production node_modules a packaged server needs: the closure, computed from package-lock.json,
 * of the packages its bundle imports, copied from the installed node_modules (so the native modules
 * already built for this Node are the ones shipped; nothing is downloaded or compiled).
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, relative as relativePath } from 'node:path';
import { z } from 'zod';

const LockEntry = z.object({
  dev: z.boolean().optional(),
  optional: z.boolean().optional(),
  link: z.boolean().optional(),
  dependencies: z.record(z.string(), z.string()).optional(),
  optionalDependencies: z.record(z.string(), z.string()).optional(),
  peerDependencies: z.record(z.string(), z.string()).optional(),
  peerDependenciesMeta: z.record(z.string(), z.object({ optional: z.boolean().optional() })).optional(),
});
type LockEntry = z.infer<typeof LockEntry>;
const Lockfile = z.object({ lockfileVersion: z.number().min(2), packages: z.record(z.string(), LockEntry) });

export class DependencyError extends Error {
  override name = 'DependencyError';
}

/** `fastify` for `fastify`, `@fastify/static` for `@fastify/static/x.js`, `ajv` for `ajv/dist/2020.js`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/**
 * Where Node would find `name` when required from the package installed at `from` (a lockfile key
 * such as `node_modules/a/node_modules/b`, or '' for the root): the nearest node_modules upwards.
 */
function resolveKey(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const key = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[key]) return key;
    if (!dir) return undefined;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

/**
 * The lockfile keys (paths under the project, e.g. `node_modules/pino`) of `roots` and everything
 * they depend on at run time, sorted. Optional dependencies (platform builds of native modules)
 * and optional peers count only where they are installed.
 */
export function productionClosure(projectRoot: string, roots: readonly string[]): string[] {
  const lock = Lockfile.parse(JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')));
  const { packages } = lock;
  const found = new Set<string>();
  const visit = (from: string, name: string, required: boolean) => {
    const key = resolveKey(packages, from, name);
    if (!key || !existsSync(join(projectRoot, key))) {
      if (required)
        throw new DependencyError(
          `${name} (needed by ${from || 'the bundle'}) is not installed: run npm ci first`,
        );
      return;
    }
    if (found.has(key)) return;
    if (packages[key]?.link)
      throw new DependencyError(`${key} is a linked package; the packaging copies installed packages only`);
    found.add(key);
    const entry = packages[key] ?? {};
    for (const dep of Object.keys(entry.dependencies ?? {})) visit(key, dep, true);
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) visit(key, dep, false);
    for (const dep of Object.keys(entry.peerDependencies ?? {}))
      visit(key, dep, !entry.peerDependenciesMeta?.[dep]?.optional);
  };
  for (const root of roots) visit('', packageNameOf(root), true);
  return [...found].sort();
}

/**
 * Packages built from source at install time keep their C sources and compiler output next to
 * the one binary they load: of these, only the listed paths ship (relative to the package).
 */
const BUILT_FROM_SOURCE: Record<string, RegExp> = {
  'better-sqlite3':
    /^(package\.json|LICENSE|README\.md|lib(\/.*)?|build|build\/Release|build\/Release\/better_sqlite3\.node)$/,
};

function shipped(packageName: string, relative: string): boolean {
  if (relative.endsWith('.map')) return false;
  const only = BUILT_FROM_SOURCE[packageName];
  return !only || relative === '' || only.test(relative);
}

/** Copies each package of `keys` (lockfile keys) from the project into `stageRoot` at the same path. */
export function copyPackages(projectRoot: string, keys: readonly string[], stageRoot: string): void {
  for (const key of keys) {
    const source = join(projectRoot, key);
    const name = packageNameOf(key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
    cpSync(source, join(stageRoot, key), {
      recursive: true,
      // A package's own links stay relative, so they point inside the installed tree.
      verbatimSymlinks: true,
      filter: (path) => {
        const relative = relativePath(source, path);
        // A nested node_modules holds packages with lockfile keys of their own, copied (or not) in their own right.
        return !/^node_modules(\/|$)/.test(relative) && shipped(name, relative);
      },
    });
  }
}

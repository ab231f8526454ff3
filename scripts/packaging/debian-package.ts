/**
 * Turns a staged file tree into a Debian package with Debian's own tool, `dpkg-deb --build
 * --root-owner-group`: writes DEBIAN/ (control, conffiles, maintainer scripts), fixes every mode
 * and timestamp so the same sources give the same .deb, and builds it.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  lutimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export interface DebianControl {
  package: string;
  version: string;
  architecture: string;
  maintainer: string;
  section: string;
  depends: readonly string[];
  /** First line: the synopsis; the rest: the long description. */
  description: readonly string[];
  homepage?: string;
}

export interface DebianPackage {
  control: DebianControl;
  /** The file tree as it lands on the target, relative to `/` (no DEBIAN/). */
  stage: string;
  /** Absolute paths on the target of configuration files the administrator edits (kept on upgrade). */
  conffiles: readonly string[];
  /** Mode for particular target paths (e.g. a config file holding secrets); others are 0644/0755. */
  modes?: Readonly<Record<string, number>>;
  /** Maintainer scripts (postinst, prerm, postrm…) by name → their text. */
  scripts: Readonly<Record<string, string>>;
}

/** Files and directories under `dir`, depth first, in a stable order. */
function walk(dir: string, visit: (path: string) => void): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (lstatSync(path).isDirectory()) walk(path, visit);
    visit(path);
  }
}

/** Debian's Installed-Size: KiB, each file rounded up, as dpkg-gencontrol counts it. */
function installedSizeKiB(stage: string): number {
  let kib = 0;
  walk(stage, (path) => {
    const s = lstatSync(path);
    kib += s.isFile() ? Math.ceil(s.size / 1024) : 1;
  });
  return kib;
}

function controlText(c: DebianControl, installedSize: number): string {
  const [synopsis, ...long] = c.description;
  const fields: [string, string | undefined][] = [
    ['Package', c.package],
    ['Version', c.version],
    ['Architecture', c.architecture],
    ['Maintainer', c.maintainer],
    ['Installed-Size', String(installedSize)],
    ['Depends', c.depends.join(', ')],
    ['Section', c.section],
    ['Priority', 'optional'],
    ['Homepage', c.homepage],
    ['Description', `${synopsis}\n${long.map((l) => (l === '' ? ' .' : ` ${l}`)).join('\n')}`],
  ];
  return `${fields
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n`;
}

/**
 * The seconds since 1970 every file is dated to: SOURCE_DATE_EPOCH (the reproducible-builds
 * convention) or the last commit's time, so two builds of one commit are byte for byte equal.
 */
export function sourceDateEpoch(projectRoot: string): number {
  const fromEnv = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  try {
    const committed = Number(
      execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: projectRoot, encoding: 'utf8' }).trim(),
    );
    if (Number.isInteger(committed) && committed > 0) return committed;
  } catch {
    // Not a git checkout (a source tarball): fall through to a fixed date.
  }
  return 0;
}

export interface Compression {
  type: 'xz' | 'gzip' | 'zstd' | 'none';
  level: number;
}

/** Debian's default; fixed, so the same tree always compresses to the same bytes. */
export const RELEASE_COMPRESSION: Compression = { type: 'xz', level: 6 };

/** Builds `<outDir>/<package>_<version>_<architecture>.deb` and returns its path. */
export function buildDebianPackage(
  pkg: DebianPackage,
  outDir: string,
  epoch: number,
  compression: Compression = RELEASE_COMPRESSION,
): string {
  const { stage, control } = pkg;
  const debian = join(stage, 'DEBIAN');
  mkdirSync(debian, { recursive: true });
  // Modes first: a tree copied from node_modules carries whatever the installing umask left.
  chmodSync(stage, 0o755);
  walk(stage, (path) => {
    const s = lstatSync(path);
    if (s.isSymbolicLink()) return;
    chmodSync(path, s.isDirectory() || (statSync(path).mode & 0o111) !== 0 ? 0o755 : 0o644);
  });
  for (const [target, mode] of Object.entries(pkg.modes ?? {})) chmodSync(join(stage, target), mode);
  const size = installedSizeKiB(stage);
  writeFileSync(join(debian, 'control'), controlText(control, size), { mode: 0o644 });
  if (pkg.conffiles.length)
    writeFileSync(join(debian, 'conffiles'), `${pkg.conffiles.join('\n')}\n`, { mode: 0o644 });
  for (const [name, text] of Object.entries(pkg.scripts))
    writeFileSync(join(debian, name), text, { mode: 0o755 });
  for (const name of readdirSync(debian)) chmodSync(join(debian, name), name in pkg.scripts ? 0o755 : 0o644);
  walk(stage, (path) => lutimesSync(path, epoch, epoch));
  lutimesSync(stage, epoch, epoch);
  mkdirSync(outDir, { recursive: true });
  const deb = join(outDir, `${control.package}_${control.version}_${control.architecture}.deb`);
  execFileSync(
    'dpkg-deb',
    ['--root-owner-group', `-Z${compression.type}`, `-z${compression.level}`, '--build', stage, deb],
    { env: { ...process.env, SOURCE_DATE_EPOCH: String(epoch) }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return deb;
}

/** Fills `@NAME@` placeholders of a maintainer-script template; an unknown one is an error. */
export function fillTemplate(templatePath: string, values: Readonly<Record<string, string>>): string {
  return readFileSync(templatePath, 'utf8').replace(/@([A-Z_]+)@/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`${templatePath}: no value for @${key}@`);
    return value;
  });
}

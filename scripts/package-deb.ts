/**
 * `npm run package`: Debian packages of the hub and of central, in dist/packages/.
 *
 *   dawr-hub      /opt/dawr/hub (the hub bundled into main/hub/cli.js, the built apps in dist/renderer,
 *                 its production node_modules), /lib/systemd/system/dawr-hub.service, /etc/dawr/hub.env
 *   dawr-central  /opt/dawr/central (main/central/cli.js, node_modules),
 *                 /lib/systemd/system/dawr-central.service, /etc/dawr/central.env
 *
 * Both run on the system's `node`. They depend on Node of the major they were built with (from
 * NodeSource on Debian 12, whose own nodejs is 18): better-sqlite3 is compiled for one Node ABI,
 * and a packaged runtime would miss Node's security updates from apt.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildRenderer } from './build-renderer.js';
import {
  buildDebianPackage,
  fillTemplate,
  sourceDateEpoch,
  type Compression,
  type DebianControl,
} from './packaging/debian-package.js';
import { copyPackages, productionClosure } from './packaging/production-deps.js';
import { bundleServer, type ServerBundle } from './packaging/server-bundle.js';

const projectRoot = join(import.meta.dirname, '..');

interface ServicePackage {
  name: 'dawr-hub' | 'dawr-central';
  /** Under /opt/dawr/. */
  appDir: string;
  bundle: ServerBundle;
  withApps: boolean;
  unit: string;
  config: { source: string; target: string };
  dataDir: string;
  section: string;
  extraDepends: readonly string[];
  description: readonly string[];
}

export const SERVICE_PACKAGES: readonly ServicePackage[] = [
  {
    name: 'dawr-hub',
    appDir: 'hub',
    bundle: {
      entry: 'main/hub/cli.ts',
      besideBundle: ['main/hub/core/store/commit-worker.js'],
      // The commit worker and the WAL checkpointer load it with createRequire.
      requiredAtRunTime: ['better-sqlite3'],
    },
    withApps: true,
    unit: 'dawr-hub.service',
    config: { source: 'packaging/debian/hub.env', target: '/etc/dawr/hub.env' },
    dataDir: '/var/lib/dawr/hub',
    section: 'net',
    // Tickets are drawn with real fonts (devices/fonts.ts, devices/printer/script-fonts.ts): Arabic, and
    // the visitor's Devanagari, Malayalam, Bengali or Nastaliq Urdu, which only fonts-noto-core has.
    extraDepends: ['fonts-noto-core', 'fonts-dejavu-core'],
    description: [
      'Dawr hub: queue engine and apps of one service centre',
      'Runs one centre: tickets, counters, kiosks, displays and the dashboard over HTTPS and',
      'socket.io, with its SQLite database in /var/lib/dawr/hub. Configure /etc/dawr/hub.env',
      '(DAWR_PUBLIC_ORIGIN is required), then: systemctl enable --now dawr-hub',
    ],
  },
  {
    name: 'dawr-central',
    appDir: 'central',
    bundle: { entry: 'main/central/cli.ts', requiredAtRunTime: ['better-sqlite3'] },
    withApps: false,
    unit: 'dawr-central.service',
    config: { source: 'packaging/debian/central.env', target: '/etc/dawr/central.env' },
    dataDir: '/var/lib/dawr/central',
    section: 'net',
    extraDepends: [],
    description: [
      'Dawr central: customer profiles across service centres',
      'Receives every hub and channel events and serves customer timelines, on PostgreSQL or',
      'embedded SQLite. Configure /etc/dawr/central.env (the source credentials are required),',
      'then: systemctl enable --now dawr-central',
    ],
  },
];

const PackageJson = (text: string) =>
  JSON.parse(text) as { version: string; license?: string; engines?: { node?: string } };

/**
 * The nodejs versions the packages accept: the major this build ran on (better-sqlite3 is compiled
 * for its ABI), from package.json's engines minimum when that is the same major.
 */
export function nodeDepends(engines: string | undefined, runningNode: string): string[] {
  const major = Number(runningNode.split('.')[0]);
  const minimum = /^>=\s*(\d+)(\.\d+){0,2}$/.exec(engines?.trim() ?? '');
  const lowest = minimum && Number(minimum[1]) === major ? minimum[0].replace(/^>=\s*/, '') : String(major);
  return [`nodejs (>= ${lowest})`, `nodejs (<< ${major + 1})`];
}

export interface BuildOptions {
  outDir?: string;
  /** Staging trees go here (removed and made again). */
  workDir?: string;
  only?: readonly ServicePackage['name'][];
  quiet?: boolean;
  /** xz by default; the package test, which unpacks its packages at once, takes a faster one. */
  compression?: Compression;
}

/** Builds the packages and returns the paths of the .deb files. */
export async function buildServicePackages(options: BuildOptions = {}): Promise<string[]> {
  const outDir = options.outDir ?? join(projectRoot, 'dist', 'packages');
  const workDir = options.workDir ?? join(projectRoot, 'dist', 'packages-stage');
  const { version, license, engines } = PackageJson(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  const architecture = execFileSync('dpkg', ['--print-architecture'], { encoding: 'utf8' }).trim();
  const epoch = sourceDateEpoch(projectRoot);
  const built: string[] = [];
  for (const pkg of SERVICE_PACKAGES) {
    if (options.only && !options.only.includes(pkg.name)) continue;
    const stage = join(workDir, pkg.name);
    rmSync(stage, { recursive: true, force: true });
    const appRoot = join(stage, 'opt', 'dawr', pkg.appDir);
    mkdirSync(appRoot, { recursive: true });
    // "type": "module" makes node load the bundles (and the commit worker) as ES modules.
    writeFileSync(
      join(appRoot, 'package.json'),
      `${JSON.stringify({ name: pkg.name, version, private: true, type: 'module' }, null, 2)}\n`,
    );
    const imported = await bundleServer(projectRoot, appRoot, pkg.bundle);
    copyPackages(projectRoot, productionClosure(projectRoot, imported), appRoot);
    if (pkg.withApps) await buildRenderer({ quiet: true, out: join(appRoot, 'dist', 'renderer') });
    const unitDir = join(stage, 'lib', 'systemd', 'system');
    mkdirSync(unitDir, { recursive: true });
    cpSync(join(projectRoot, 'packaging', pkg.unit), join(unitDir, pkg.unit));
    mkdirSync(join(stage, 'etc', 'dawr'), { recursive: true });
    cpSync(join(projectRoot, pkg.config.source), join(stage, pkg.config.target));
    const docDir = join(stage, 'usr', 'share', 'doc', pkg.name);
    mkdirSync(docDir, { recursive: true });
    writeFileSync(
      join(docDir, 'copyright'),
      `Dawr (${pkg.name}) is licensed under the ${license ?? 'Apache-2.0'} license.\n` +
        `On Debian systems its text is in /usr/share/common-licenses/Apache-2.0.\n` +
        `The npm packages under /opt/dawr/${pkg.appDir}/node_modules carry their own licence files.\n`,
    );
    const control: DebianControl = {
      package: pkg.name,
      version,
      architecture,
      maintainer: process.env.DAWR_DEB_MAINTAINER ?? 'Dawr maintainers <maintainers@dawr.invalid>',
      section: pkg.section,
      depends: [...nodeDepends(engines?.node, process.versions.node), 'adduser', ...pkg.extraDepends],
      description: pkg.description,
    };
    const values = {
      PACKAGE: pkg.name,
      SERVICE: pkg.unit,
      CONFIG: pkg.config.target,
      DATA_DIR: pkg.dataDir,
    };
    const template = (name: string) =>
      fillTemplate(join(projectRoot, 'packaging', 'debian', `${name}.in`), values);
    built.push(
      buildDebianPackage(
        {
          control,
          stage,
          conffiles: [pkg.config.target],
          // Settings may hold keys and passwords; systemd reads them as root.
          modes: { [pkg.config.target.slice(1)]: 0o640 },
          scripts: { postinst: template('postinst'), prerm: template('prerm'), postrm: template('postrm') },
        },
        outDir,
        epoch,
        options.compression,
      ),
    );
    rmSync(stage, { recursive: true, force: true });
    if (!options.quiet) console.log(`  ${built.at(-1)}`);
  }
  rmSync(workDir, { recursive: true, force: true });
  return built;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Building Debian packages into dist/packages:');
  await buildServicePackages();
}

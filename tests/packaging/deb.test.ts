/**
 * The Debian packages of `npm run package`: built once (gzip -1 instead of xz, to keep the suite
 * quick; the contents are the same), inspected with dpkg-deb, their maintainer scripts run against
 * stub commands, then unpacked into a throwaway root (`dpkg -x`) where the installed hub and
 * central are started with the system's node and answer /healthz.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedTicket } from '../../shared/contract/views.js';
import { buildServicePackages } from '../../scripts/package-deb.js';
import { connect, emitAck } from '../support/hub.js';

const projectRoot = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'dawr-deb-'));
const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  version: string;
};
const debs: Record<'dawr-hub' | 'dawr-central', string> = { 'dawr-hub': '', 'dawr-central': '' };
const root = join(work, 'root');
const children: ChildProcess[] = [];

beforeAll(async () => {
  const built = await buildServicePackages({
    outDir: join(work, 'out'),
    workDir: join(work, 'stage'),
    quiet: true,
    compression: { type: 'gzip', level: 1 },
  });
  for (const deb of built) {
    const name = deb.split('/').pop()!.split('_')[0] as keyof typeof debs;
    debs[name] = deb;
    execFileSync('dpkg', ['-x', deb, root]);
  }
}, 240_000);

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

const field = (deb: string, name: string) =>
  execFileSync('dpkg-deb', ['-f', deb, name], { encoding: 'utf8' }).trim();

interface Entry {
  mode: string;
  owner: string;
  path: string;
}
/** `dpkg-deb -c`: "-rw-r--r-- root/root 123 2024-01-01 00:00 ./opt/…" → entries with absolute paths. */
function contents(deb: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const line of execFileSync('dpkg-deb', ['-c', deb], { encoding: 'utf8', maxBuffer: 64 << 20 }).split(
    '\n',
  )) {
    const m = /^(\S+)\s+(\S+)\s+\d+\s+\S+\s+\S+\s+\.(\/.*?)(?: -> .*)?$/.exec(line);
    if (m) entries.set(m[3]!.replace(/\/$/, '') || '/', { mode: m[1]!, owner: m[2]!, path: m[3]! });
  }
  return entries;
}

/** Every DAWR_* variable named in the sources of `dir` (prefixes such as DAWR_BOOKING_ excluded). */
function variablesReadIn(dir: string): Set<string> {
  const names = new Set<string>();
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (/\.(ts|js)$/.test(name) && !/\.test\.ts$/.test(name))
        for (const m of readFileSync(path, 'utf8').matchAll(/\bDAWR_[A-Z0-9_]*[A-Z0-9]\b/g)) names.add(m[0]);
    }
  };
  visit(dir);
  return names;
}

describe('the Debian packages', () => {
  it('are named, versioned and depend as a Debian package should', () => {
    const arch = execFileSync('dpkg', ['--print-architecture'], { encoding: 'utf8' }).trim();
    for (const [name, deb] of Object.entries(debs)) {
      expect(deb).toBe(join(work, 'out', `${name}_${version}_${arch}.deb`));
      expect(field(deb, 'Package')).toBe(name);
      expect(field(deb, 'Version')).toBe(version);
      expect(field(deb, 'Architecture')).toBe(arch);
      const depends = field(deb, 'Depends');
      const major = Number(process.versions.node.split('.')[0]);
      // better-sqlite3 is built for this Node's ABI: the package accepts only this major.
      expect(depends).toContain(`nodejs (<< ${major + 1})`);
      expect(depends).toMatch(new RegExp(`nodejs \\(>= ${major}(\\.\\d+)*\\)`));
      expect(depends).toContain('adduser');
      // The hub draws the visitor's script on tickets: only fonts-noto-core has all of them.
      if (name === 'dawr-hub') expect(depends.split(', ')).toContain('fonts-noto-core');
      expect(Number(field(deb, 'Installed-Size'))).toBeGreaterThan(1000);
      expect(field(deb, 'Maintainer')).toMatch(/^.+ <[^>]+@[^>]+>$/);
    }
  });

  it('hold the bundled server, the apps, production modules only, the unit and a private config, all root-owned', () => {
    const hub = contents(debs['dawr-hub']);
    const central = contents(debs['dawr-central']);
    for (const path of [
      '/opt/dawr/hub/main/hub/cli.js',
      '/opt/dawr/hub/main/hub/commit-worker.js',
      '/opt/dawr/hub/package.json',
      '/opt/dawr/hub/dist/renderer/kiosk/index.html',
      '/opt/dawr/hub/dist/renderer/kiosk/app.js',
      '/opt/dawr/hub/dist/renderer/status/sw.js',
      '/opt/dawr/hub/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      '/opt/dawr/hub/node_modules/fastify/package.json',
      '/opt/dawr/hub/node_modules/socket.io/package.json',
      '/lib/systemd/system/dawr-hub.service',
      '/usr/share/doc/dawr-hub/copyright',
    ])
      expect(hub.has(path), path).toBe(true);
    for (const path of [
      '/opt/dawr/central/main/central/cli.js',
      '/opt/dawr/central/node_modules/pg/package.json',
      '/opt/dawr/central/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      '/lib/systemd/system/dawr-central.service',
    ])
      expect(central.has(path), path).toBe(true);
    for (const [pkg, entries] of [
      ['hub', hub],
      ['central', central],
    ] as const) {
      const paths = [...entries.keys()];
      // No dev tools, no TypeScript sources, no C sources or compiler output of native modules.
      for (const dev of ['tsx', 'vitest', 'esbuild', 'typescript', 'electron', 'eslint', '@playwright/test'])
        expect(entries.has(`/opt/dawr/${pkg}/node_modules/${dev}`), dev).toBe(false);
      expect(
        paths.filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts') && !p.includes('/node_modules/')),
      ).toEqual([]);
      expect(paths.filter((p) => /better-sqlite3\/(deps|src|build\/Release\/obj)/.test(p))).toEqual([]);
      for (const e of entries.values()) {
        expect(e.owner, e.path).toBe('root/root');
        // Nothing writable by group or others.
        if (!e.mode.startsWith('l')) expect(e.mode.slice(5, 6) + e.mode.slice(8, 9), e.path).toBe('--');
      }
    }
    // The settings may hold keys and passwords: readable by root only (systemd reads them as root).
    expect(hub.get('/etc/dawr/hub.env')?.mode).toBe('-rw-r-----');
    expect(central.get('/etc/dawr/central.env')?.mode).toBe('-rw-r-----');
    expect(hub.get('/opt/dawr/hub/main/hub/cli.js')?.mode).toBe('-rw-r--r--');
    // Central does not carry the hub's apps or its device modules.
    expect([...central.keys()].some((p) => p.includes('/dist/renderer/') || p.includes('serialport'))).toBe(
      false,
    );
  });

  it('mark the config as a conffile and carry executable maintainer scripts that parse', () => {
    for (const [name, deb] of Object.entries(debs)) {
      const control = join(work, `control-${name}`);
      execFileSync('dpkg-deb', ['-e', deb, control]);
      const config = name === 'dawr-hub' ? '/etc/dawr/hub.env' : '/etc/dawr/central.env';
      expect(readFileSync(join(control, 'conffiles'), 'utf8')).toBe(`${config}\n`);
      for (const script of ['postinst', 'prerm', 'postrm']) {
        expect(statSync(join(control, script)).mode & 0o777, script).toBe(0o755);
        const text = readFileSync(join(control, script), 'utf8');
        expect(text.startsWith('#!/bin/sh\n'), script).toBe(true);
        expect(text, script).not.toMatch(/@[A-Z_]+@/);
        execFileSync('sh', ['-n', join(control, script)]);
      }
    }
  });

  it('postinst creates the user dawr once and the data folder owned by dawr with mode 0750, starting nothing', () => {
    const control = join(work, 'control-postinst');
    execFileSync('dpkg-deb', ['-e', debs['dawr-hub'], control]);
    const stubs = join(work, 'stubs');
    mkdirSync(stubs, { recursive: true });
    const log = join(work, 'stub.log');
    // getent answers "no such user" unless STUB_USER_EXISTS=1; the others only record their arguments.
    const stub = (name: string, body: string) => {
      writeFileSync(join(stubs, name), `#!/bin/sh\necho "${name} $*" >> "$STUB_LOG"\n${body}\n`);
      chmodSync(join(stubs, name), 0o755);
    };
    stub('getent', '[ "$STUB_USER_EXISTS" = 1 ]');
    stub('adduser', 'exit 0');
    stub('chown', 'exit 0');
    stub('systemctl', 'exit 0');
    const target = join(work, 'target');
    const run = (userExists: boolean, previousVersion?: string) => {
      writeFileSync(log, '');
      const output = execFileSync(
        join(control, 'postinst'),
        ['configure', ...(previousVersion ? [previousVersion] : [])],
        {
          encoding: 'utf8',
          env: {
            PATH: `${stubs}:/usr/sbin:/usr/bin:/sbin:/bin`,
            DPKG_ROOT: target,
            STUB_LOG: log,
            STUB_USER_EXISTS: userExists ? '1' : '0',
          },
        },
      );
      return { output, calls: readFileSync(log, 'utf8').trim().split('\n') };
    };

    const first = run(false);
    const adduser = first.calls.find((c) => c.startsWith('adduser '));
    expect(adduser).toMatch(/--system/);
    expect(adduser).toMatch(/--group/);
    expect(adduser).toMatch(/ dawr$/);
    expect(first.calls).toContain(`chown dawr:dawr ${target}/var/lib/dawr/hub`);
    expect(statSync(join(target, 'var/lib/dawr/hub')).mode & 0o777).toBe(0o750);
    expect(statSync(join(target, 'var/lib/dawr')).mode & 0o777).toBe(0o755);
    expect(first.calls.filter((c) => /^systemctl (start|enable|restart)/.test(c))).toEqual([]);
    expect(first.output).toContain('/etc/dawr/hub.env');

    const again = run(true, '0.0.1');
    expect(again.calls.some((c) => c.startsWith('adduser '))).toBe(false);
    expect(statSync(join(target, 'var/lib/dawr/hub')).mode & 0o777).toBe(0o750);
  });

  it('name, in each config file, every variable its service reads', () => {
    for (const [config, sources] of [
      ['etc/dawr/hub.env', 'main/hub'],
      ['etc/dawr/central.env', 'main/central'],
    ] as const) {
      const text = readFileSync(join(root, config), 'utf8');
      const missing = [...variablesReadIn(join(projectRoot, sources))].filter(
        // DAWR_SOCKET_RATE_LIMIT is an old name left in a comment of main/hub/start.ts.
        (v) => v !== 'DAWR_SOCKET_RATE_LIMIT' && !new RegExp(`\\b${v}=`).test(text),
      );
      expect(missing, `add these to packaging/debian/${config.split('/').pop()}`).toEqual([]);
    }
    expect(readFileSync(join(root, 'etc/dawr/hub.env'), 'utf8')).toMatch(/^DAWR_PUBLIC_ORIGIN=$/m);
  });

  it('install units whose ExecStart, WorkingDirectory and EnvironmentFile are files of the packages', () => {
    for (const [unit, config] of [
      ['dawr-hub.service', '/etc/dawr/hub.env'],
      ['dawr-central.service', '/etc/dawr/central.env'],
    ] as const) {
      const text = readFileSync(join(root, 'lib/systemd/system', unit), 'utf8');
      const value = (key: string) => new RegExp(`^${key}=(.*)$`, 'm').exec(text)?.[1] ?? '';
      const [node, entry, ...rest] = value('ExecStart').split(' ');
      expect(node).toBe('/usr/bin/node');
      expect(rest).toEqual([]);
      expect(existsSync(join(root, entry!)), entry).toBe(true);
      expect(existsSync(join(root, value('WorkingDirectory')))).toBe(true);
      expect(value('EnvironmentFile').replace(/^-/, '')).toBe(config);
      expect(value('User')).toBe('dawr');
      expect(value('StateDirectoryMode')).toBe('0750');
    }
  });

  /** Runs an installed entry with the system's node from the unpacked root (not the repository). */
  function runInstalled(entry: string, env: Record<string, string>): ChildProcess {
    const child = spawn(process.execPath, [join(root, entry)], {
      cwd: join(root, entry.split('/main/')[0]!),
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: work, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    return child;
  }

  /** The first stdout line for which `pick` returns a value; the process's stderr if it exits first. */
  function firstLine<T>(child: ChildProcess, pick: (line: string) => T | undefined): Promise<T> {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        try {
          const value = pick(line);
          if (value !== undefined) resolve(value);
        } catch {
          // Not a JSON line: keep reading.
        }
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code} before it was ready: ${stderr}`)));
    });
  }

  const stopped = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });

  it('start the installed hub, which answers /healthz, serves its apps and commits a ticket', async () => {
    const dataDir = join(work, 'hub-data');
    const hub = runInstalled('opt/dawr/hub/main/hub/cli.js', {
      DAWR_DATA_DIR: dataDir,
      DAWR_HOST: '127.0.0.1',
      DAWR_PORT: '0',
      DAWR_SEED_DEMO: '1',
      DAWR_LOG_LEVEL: 'error',
    });
    const port = await firstLine(hub, (line) => {
      const m = JSON.parse(line) as { event?: string; port?: number };
      return m.event === 'ready' ? m.port : undefined;
    });
    const url = `http://127.0.0.1:${port}`;
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { ok: boolean }).ok).toBe(true);
    const kiosk = await fetch(`${url}/kiosk/`);
    expect(kiosk.status).toBe(200);
    expect(kiosk.headers.get('content-type')).toContain('text/html');
    // A ticket goes through the commit worker thread (a separate file of the package) to disk.
    const devices = JSON.parse(readFileSync(join(dataDir, 'demo-devices.json'), 'utf8')) as {
      role: string;
      key: string;
    }[];
    const socket = await connect(url, '/kiosk', { deviceKey: devices.find((d) => d.role === 'kiosk')!.key });
    try {
      const issued = await emitAck<IssuedTicket>(socket, 'issueTicket', {
        serviceId: 'licence-renew',
        idempotencyKey: 'deb-test-1',
      });
      expect(issued.ok).toBe(true);
    } finally {
      socket.close();
    }
    expect(await stopped(hub)).toBe(0);
  });

  it('start the installed central, which answers /healthz and refuses an unknown caller', async () => {
    const token = 'package-test-token-0123456789';
    const central = runInstalled('opt/dawr/central/main/central/cli.js', {
      DAWR_CENTRAL_DATABASE_URL: `sqlite:${join(work, 'central-data', 'central.db')}`,
      DAWR_CENTRAL_PORT: '0',
      DAWR_CENTRAL_SOURCES: JSON.stringify([
        {
          id: 'hub-test',
          kind: 'hub',
          tokenSha256: createHash('sha256').update(token).digest('hex'),
          eventSources: ['urn:dawr:hub:test'],
        },
      ]),
    });
    const url = await firstLine(central, (line) => (JSON.parse(line) as { url?: string }).url);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    const lookup = await fetch(`${url}/api/v1/customers:lookup`, { method: 'POST' });
    expect(lookup.status).toBe(401);
    expect(existsSync(join(work, 'central-data', 'central.db'))).toBe(true);
    expect(await stopped(central)).toBe(0);
  });
});

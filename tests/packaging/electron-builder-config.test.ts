/**
 * electron-builder.yml, checked where no Electron binary exists: it loads, electron-builder's own
 * schema accepts it, and every file it names is there once the shell is built, including each
 * package the built main process requires (with its run-time dependencies).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { Configuration } from 'electron-builder';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_OUT, buildApp } from '../../main/app/build.js';
import { packageNameOf, productionClosure } from '../../scripts/packaging/production-deps.js';

const projectRoot = join(import.meta.dirname, '..', '..');
const config = parse(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as Configuration;

/** The patterns of `files` that add files (not the `!…` exclusions). */
const included = (config.files as string[]).filter((p) => !p.startsWith('!'));

/** Whether a `files` pattern names something that exists: a file, or a non-empty folder for `dir/**`. */
function matchesSomething(pattern: string): boolean {
  if (pattern.endsWith('/**')) {
    const dir = join(projectRoot, pattern.slice(0, -3));
    return existsSync(dir) && statSync(dir).isDirectory() && readdirSync(dir).length > 0;
  }
  if (/[*?[{]/.test(pattern)) throw new Error(`teach this test the pattern ${pattern}`);
  return existsSync(join(projectRoot, pattern));
}

beforeAll(async () => {
  // What `npx tsx main/app/build.ts` makes: dist/app, which `files` and extraMetadata.main name.
  await buildApp();
}, 120_000);

describe('electron-builder.yml', () => {
  it("is accepted by electron-builder's schema", () => {
    const require = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(config.appId).toBe('org.dawr.shell');
  });

  it('names files, an icon, build resources and install scripts that exist', () => {
    expect(config.extraMetadata?.main).toBe('dist/app/main.cjs');
    expect(existsSync(join(projectRoot, config.extraMetadata!.main as string))).toBe(true);
    expect(existsSync(join(APP_OUT, 'preload.cjs'))).toBe(true);
    for (const pattern of included) expect(matchesSomething(pattern), pattern).toBe(true);
    expect(statSync(join(projectRoot, config.directories!.buildResources!)).isDirectory()).toBe(true);
    // A PNG of at least 256×256: electron-builder makes the Windows .ico from it.
    const icon = readFileSync(join(projectRoot, config.icon!));
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(256);
    expect(icon.readUInt32BE(20)).toBeGreaterThanOrEqual(256);
    const afterInstall = join(projectRoot, config.deb!.afterInstall!);
    expect(readFileSync(afterInstall, 'utf8').startsWith('#!/bin/sh\n')).toBe(true);
  });

  it('ships every package the built main process requires, with its run-time dependencies', () => {
    const builtins = new Set(builtinModules);
    const required = new Set<string>();
    for (const m of readFileSync(join(APP_OUT, 'main.cjs'), 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)) {
      const name = packageNameOf(m[1]!);
      if (!m[1]!.startsWith('node:') && !builtins.has(name) && name !== 'electron') required.add(name);
    }
    expect([...required].sort()).toEqual(['@napi-rs/canvas', 'serialport']);
    const shipped = (key: string) => {
      const name = key.replace(/^node_modules\//, '');
      return included.some(
        (p) =>
          p === `node_modules/${name}/**` ||
          (name.startsWith('@') && p === `node_modules/${name.split('/')[0]}/**`),
      );
    };
    // Nested packages (node_modules/a/node_modules/b) travel inside their parent's folder.
    const topLevel = productionClosure(projectRoot, [...required]).filter(
      (k) => !k.includes('/node_modules/'),
    );
    expect(topLevel.filter((key) => !shipped(key))).toEqual([]);
  });
});

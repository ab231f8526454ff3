/**
 * "SQL only in stores" (issue #17): a file that prepares a statement is a store, by its name or its
 * folder, so each table has one owner and its SQL is found in one place; the logic that decides
 * (alerts, retries, reports, purges) calls the store. dependency-cruiser sees imports, not calls,
 * so this rule is a search. A new `.prepare(` in any other file fails here.
 *
 * The only file that is not a store and still prepares statements is named below with the reason;
 * the last of the files listed while their features were reworked moved into stores on 07 Dec 2026.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_FOLDERS = ['main', 'shared', 'devices', 'renderer'];

/**
 * A store: any file in the hub's core store folder (`main/hub/core/store/`, which holds the queue's
 * tables, the migrations and the commit worker) or central's (`main/central/store/`), or, anywhere
 * in the hub, a file named `store.ts` or `<something>-store.ts` (a feature's or a core area's own).
 */
function isStore(path: string): boolean {
  if (/^main\/(hub\/core|central)\/store\/[^/]+\.[cm]?[jt]s$/.test(path)) return true;
  return /^main\/hub\/.+\/(|[a-z0-9-]+-)store\.ts$/.test(path);
}

/**
 * Not stores, yet allowed to prepare statements: exact paths, each with why (a new file is never
 * covered by an entry here).
 */
const NOT_A_TABLE_OWNER: Readonly<Record<string, string>> = {
  'main/sqlite/backup/sqlite-worker.js':
    'the backup worker checks (integrity, schema version, row counts) any SQLite file it copies, hub or central: a tool over whole files that owns no table',
};

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .map((p) => `${folder}/${p.split('\\').join('/')}`)
    .filter((p) => /\.(ts|tsx|js|mjs|cjs)$/.test(p) && !/\.(test|d)\.ts$/.test(p));
}

/** `.prepare(` calls per file outside stores (and the named exceptions), for files given as path → text. */
function sqlOutsideStores(files: Iterable<[string, string]>): Record<string, number> {
  const found: Record<string, number> = {};
  for (const [path, text] of files) {
    if (isStore(path) || path in NOT_A_TABLE_OWNER) continue;
    const n = text.split('.prepare(').length - 1;
    if (n > 0) found[path] = n;
  }
  return found;
}

describe('SQL only in stores', () => {
  it('tells a store from the rest', () => {
    expect(isStore('main/hub/core/store/repository.ts')).toBe(true);
    expect(isStore('main/hub/core/store/commit-worker.js')).toBe(true);
    expect(isStore('main/central/store/sqlite-driver.ts')).toBe(true);
    expect(isStore('main/hub/features/booking/store.ts')).toBe(true);
    expect(isStore('main/hub/features/assistant/faq-store.ts')).toBe(true);
    expect(isStore('main/hub/core/personal-data/retention-store.ts')).toBe(true);
    expect(isStore('main/hub/features/manager/alerts.ts')).toBe(false);
    expect(isStore('main/hub/features/manager/restore.ts')).toBe(false);
    expect(isStore('main/hub/features/manager/datastore.ts')).toBe(false);
    expect(isStore('main/hub/features/manager/store/alerts.ts')).toBe(false);
    expect(isStore('renderer/dashboard/store/x.ts')).toBe(false);
    expect(isStore('main/central/module-store.ts')).toBe(false);
  });

  it('fails on a statement prepared in a file that is not a store', () => {
    const planted = sqlOutsideStores([
      ['main/hub/features/manager/alerts.ts', "db.prepare('SELECT 1').get();"],
      ['main/hub/features/manager/alert-store.ts', "db.prepare('SELECT 1').get();"],
      ['main/hub/features/kiosk/feedback.ts', "a.prepare('x'); b.prepare('y');"],
      ['main/sqlite/backup/sqlite-worker.js', "db.prepare('PRAGMA integrity_check').get();"],
      ['main/sqlite/backup/other-worker.js', "db.prepare('SELECT 1').get();"],
    ]);
    expect(planted).toEqual({
      'main/hub/features/manager/alerts.ts': 1,
      'main/hub/features/kiosk/feedback.ts': 2,
      'main/sqlite/backup/other-worker.js': 1,
    });
  });

  it('prepares statements only in stores', () => {
    const found = sqlOutsideStores(
      SOURCE_FOLDERS.flatMap(sourceFiles).map((p): [string, string] => [
        p,
        readFileSync(join(ROOT, p), 'utf8'),
      ]),
    );
    expect(found, 'SQL outside a store: move it into the owner’s store.ts / <name>-store.ts').toEqual({});
  });

  it('names only exceptions that still prepare statements (a moved one is deleted here)', () => {
    for (const path of Object.keys(NOT_A_TABLE_OWNER))
      expect(readFileSync(join(ROOT, path), 'utf8'), path).toContain('.prepare(');
  });
});

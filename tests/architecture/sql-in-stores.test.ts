/**
 * "SQL only in stores" (issue #17): a statement is prepared only in a store module, so each table
 * has one owner and its SQL is found in one place. dependency-cruiser sees imports, not calls, so
 * this rule is a search. Files that prepared statements when the rule was added are listed with
 * their count; the list may only shrink: a count may not grow, and one that fell must be lowered
 * here (deleting the line when it reaches zero), so what was fixed cannot come back unnoticed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_FOLDERS = ['main', 'shared', 'devices', 'renderer'];

/** A store: a file in a `store/` folder, or one named `store.ts` or `<something>-store.ts`. */
function isStore(path: string): boolean {
  return /(^|\/)store\//.test(path) || /(^|\/|-)store\.[cm]?[jt]s$/.test(path);
}

/** Today's offenders (07 Dec 2026) and how many `.prepare(` calls each has. Only ever lower these. */
const ALLOWED_OUTSIDE_STORES: Readonly<Record<string, number>> = {
  'main/hub/assisted/service-requests.ts': 10,
  'main/hub/backup/records.ts': 7,
  'main/hub/backup/restore.ts': 1,
  'main/hub/backup/sqlite-worker.js': 4,
  'main/hub/backup/ticket-skip.ts': 6,
  'main/hub/display/recent-calls.ts': 1,
  'main/hub/health/registry.ts': 1,
  'main/hub/kiosk/feedback.ts': 2,
  'main/hub/kiosk/service-use.ts': 1,
  'main/hub/kiosk/ticket-print.ts': 1,
  'main/hub/manager/alerts.ts': 10,
  'main/hub/manager/configuration.ts': 10,
  'main/hub/manager/cutoffs.ts': 7,
  'main/hub/manager/facts.ts': 7,
  'main/hub/manager/read-only-facts.ts': 3,
  'main/hub/manager/report-sql.ts': 9,
  'main/hub/personal-data/retention.ts': 9,
  'main/hub/personal-data/sealed-columns.ts': 2,
  'main/hub/server.ts': 1,
  'main/hub/sms/outbox.ts': 16,
  'main/hub/storage/storage-monitor.ts': 1,
  'main/hub/sync/customer-history.ts': 1,
  'main/hub/sync/module.ts': 1,
  'main/hub/sync/retention.ts': 4,
};

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .map((p) => `${folder}/${p}`)
    .filter((p) => /\.(ts|tsx|js|mjs|cjs)$/.test(p) && !/\.test\.ts$/.test(p));
}

function prepareCalls(path: string): number {
  return readFileSync(join(ROOT, path), 'utf8').split('.prepare(').length - 1;
}

describe('SQL only in stores', () => {
  it('tells a store from the rest', () => {
    expect(isStore('main/hub/store/repository.ts')).toBe(true);
    expect(isStore('main/central/store/sqlite-driver.ts')).toBe(true);
    expect(isStore('main/hub/booking/store.ts')).toBe(true);
    expect(isStore('main/hub/assistant/faq-store.ts')).toBe(true);
    expect(isStore('main/hub/manager/alerts.ts')).toBe(false);
    expect(isStore('main/hub/restore.ts')).toBe(false);
  });

  it('prepares statements only in stores and the shrinking list of older files', () => {
    const found: Record<string, number> = {};
    for (const path of SOURCE_FOLDERS.flatMap(sourceFiles)) {
      if (isStore(path)) continue;
      const n = prepareCalls(path);
      if (n > 0) found[path] = n;
    }
    const total = Object.values(found).reduce((a, b) => a + b, 0);
    console.log(
      `SQL outside stores: ${total} .prepare( calls in ${Object.keys(found).length} files (allow-list)`,
    );
    const grew = Object.entries(found).filter(([p, n]) => n > (ALLOWED_OUTSIDE_STORES[p] ?? 0));
    expect(grew, 'new SQL outside a store: move it into the owner’s store.ts').toEqual([]);
    const shrank = Object.entries(ALLOWED_OUTSIDE_STORES).filter(([p, n]) => (found[p] ?? 0) < n);
    expect(shrank, 'fewer calls than listed: lower (or delete) these entries').toEqual([]);
  });
});

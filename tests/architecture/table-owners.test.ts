/**
 * "One owner per table" (issue #17): every table is written (INSERT, UPDATE, DELETE, REPLACE) from
 * one file only, its owner's store, so what may change a table's rows is found in one place and a
 * feature that needs another's rows changed asks the owner (a service on the module context, or a
 * core store function) instead of writing them itself. The hub and central are two databases and
 * are checked apart. Migrations are left out: they define the tables rather than write their rows.
 *
 * The same file checks the rule that makes this search meaningful: SQL is prepared only in stores
 * (sql-in-stores.test.ts holds the list of what counts as a store; here `.prepare<…>(`, the typed
 * form that test's plain search missed, is counted too).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** A table whose name the statement receives at run time (`UPDATE ${table} …`). */
const RUN_TIME_TABLE = '(named at run time)';

/**
 * Files allowed to write tables they name at run time, each with why. Every other statement must
 * name its table, so that this search can tell who writes it.
 */
const RUN_TIME_TABLE_WRITERS: Readonly<Record<string, string>> = {
  'main/hub/core/personal-data/sealed-store.ts':
    'the sealing pass re-seals the values of the columns listed in SEALED_COLUMNS in place (key rotation, values from before sealing); it changes how a value is stored, never which rows there are or what they say',
  'main/central/store/customers.ts':
    'merging two customers re-keys customer_key in CUSTOMER_TABLES; central has one SQL layer (main/central/store/), and the merge runs in the ingest transaction that wrote those rows',
};

/**
 * The owner a file writes for. The hub's core store (main/hub/core/store/) is one owner, as #17 names
 * it: the queue's own tables (visits, events, outbox, counters, sequences, catalogue, staff,
 * credentials, appointments, the small settings table), split into files by concern; its Change
 * statements are written once in change-sql.js (plain JavaScript, so the commit worker's thread
 * can load them) and run by repository.ts and commit-worker.js. Central has no features:
 * main/central/store/ is its one SQL layer and the one owner of every central table. Any other
 * file is an owner of its own.
 */
function ownerOf(path: string): string {
  const folder = /^main\/(hub\/core|central)\/store\//.exec(path);
  return folder ? folder[0] : path;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .map((p) => `${folder}/${p.split('\\').join('/')}`)
    .filter(
      (p) => /\.(ts|tsx|js|mjs|cjs)$/.test(p) && !/\.(test|d)\.ts$/.test(p) && !/\/migrations\//.test(p),
    );
}

/**
 * The string literals of a source file ('…', "…", `…`), comments skipped; a template's `${…}` parts
 * are kept as written, so `UPDATE ${table}` shows its table is chosen at run time.
 */
export function stringLiterals(source: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      let depth = 0;
      while (j < source.length) {
        const d = source[j]!;
        if (d === '\\') j += 2;
        else if (c === '`' && d === '$' && source[j + 1] === '{') {
          depth++;
          j += 2;
        } else if (depth > 0 && d === '}') {
          depth--;
          j++;
        } else if (depth === 0 && d === c) break;
        else j++;
      }
      found.push(source.slice(i + 1, j));
      i = j + 1;
    } else i++;
  }
  return found;
}

/**
 * The tables a piece of SQL writes. `DO UPDATE SET` (an upsert's conflict clause) writes the table
 * its INSERT names, so it is not a second write. Keywords are matched in capitals, the way every
 * statement in the code base is written, so English prose in messages is not mistaken for SQL.
 */
export function tablesWritten(sql: string): string[] {
  const write =
    /(?<!\bDO\s+)\b(?:INSERT(?:\s+OR\s+[A-Z]+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+[A-Z]+)?|DELETE\s+FROM)\s+("?)([A-Za-z_][A-Za-z0-9_]*|\$\{[^}]*\})\1/g;
  const tables: string[] = [];
  for (const m of sql.matchAll(write)) {
    const name = m[2]!;
    if (name === 'SET') continue;
    tables.push(name.startsWith('${') ? RUN_TIME_TABLE : name);
  }
  return tables;
}

/** Table → owners writing it, for the tables written by more than one owner (files given as path → text). */
export function sharedTables(files: Iterable<[string, string]>): Record<string, string[]> {
  const writers = new Map<string, Set<string>>();
  for (const [path, text] of files) {
    for (const literal of stringLiterals(text))
      for (const table of tablesWritten(literal)) {
        if (table === RUN_TIME_TABLE && path in RUN_TIME_TABLE_WRITERS) continue;
        const set = writers.get(table) ?? new Set<string>();
        set.add(table === RUN_TIME_TABLE ? path : ownerOf(path));
        writers.set(table, set);
      }
  }
  const shared: Record<string, string[]> = {};
  for (const [table, owners] of [...writers].sort(([a], [b]) => a.localeCompare(b)))
    if (owners.size > 1 || table === RUN_TIME_TABLE) shared[table] = [...owners].sort();
  return shared;
}

/** Files that prepare SQL (`.prepare(` or the typed `.prepare<…>(`), with how often. */
function preparesIn(files: Iterable<[string, string]>): Record<string, number> {
  const found: Record<string, number> = {};
  for (const [path, text] of files) {
    const n = [...text.matchAll(/\.prepare\s*(<|\()/g)].length;
    if (n > 0) found[path] = n;
  }
  return found;
}

const read = (paths: string[]): [string, string][] =>
  paths.map((p): [string, string] => [p, readFileSync(join(ROOT, p), 'utf8')]);

/** A store by name (sql-in-stores.test.ts's rule, as the brief of #17 words it), or the backup worker. */
function mayPrepare(path: string): boolean {
  if (/^main\/(hub\/core|central)\/store\/[^/]+\.[cm]?[jt]s$/.test(path)) return true;
  if (/^main\/sqlite\/backup\/sqlite-worker\.js$/.test(path)) return true;
  return /^main\/hub\/.+\/(|[a-z0-9-]+-)store\.ts$/.test(path);
}

describe('one owner per table', () => {
  it('reads string literals, keeping template parts and skipping comments', () => {
    const source = [
      '// DELETE FROM in_a_comment',
      "db.prepare('DELETE FROM a WHERE x = ?');",
      '/* UPDATE b SET */ const s = "UPDATE b SET y = 1";',
      'db.prepare(`INSERT INTO c (k) VALUES (${"?"}) ON CONFLICT (k) DO UPDATE SET v = 1`);',
      "const q = 'it\\'s UPDATE d';",
    ].join('\n');
    expect(stringLiterals(source).flatMap(tablesWritten)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('finds every kind of write, and only writes', () => {
    expect(tablesWritten('INSERT OR REPLACE INTO visit_facts (a) VALUES (1)')).toEqual(['visit_facts']);
    expect(tablesWritten('REPLACE INTO r VALUES (1)')).toEqual(['r']);
    expect(tablesWritten('INSERT OR IGNORE INTO "q" VALUES (1)')).toEqual(['q']);
    expect(tablesWritten('UPDATE\n      visits SET doc = ?')).toEqual(['visits']);
    expect(tablesWritten('UPDATE ${c.table} SET v = ?')).toEqual([RUN_TIME_TABLE]);
    expect(tablesWritten('SELECT * FROM visits WHERE updated_at > ?')).toEqual([]);
    expect(tablesWritten('the update failed; delete from the list')).toEqual([]);
  });

  it('fails when two owners write one table, and names them', () => {
    const planted = sharedTables([
      ['main/hub/core/store/change-sql.js', "const s = 'INSERT INTO visits (id) VALUES (?)';"],
      ['main/hub/core/store/repository.ts', "db.prepare('UPDATE visits SET doc = ?');"],
      ['main/hub/features/kiosk/store.ts', "db.prepare('INSERT INTO feedback (id) VALUES (?)');"],
      ['main/hub/features/kiosk/feedback-store.ts', "db.prepare('DELETE FROM feedback');"],
      ['main/hub/features/sync/identity-store.ts', "db.prepare('UPDATE visits SET doc = ?');"],
      ['main/hub/features/manager/alert-store.ts', "db.prepare('DELETE FROM alerts');"],
      ['main/hub/features/remote/store.ts', 'db.prepare(`UPDATE ${t} SET x = 1`);'],
    ]);
    expect(planted).toEqual({
      [RUN_TIME_TABLE]: ['main/hub/features/remote/store.ts'],
      feedback: ['main/hub/features/kiosk/feedback-store.ts', 'main/hub/features/kiosk/store.ts'],
      visits: ['main/hub/core/store/', 'main/hub/features/sync/identity-store.ts'],
    });
  });

  it.each(['main/hub', 'main/central'])('has one owner for each table %s writes', (folder) => {
    expect(
      sharedTables(read(sourceFiles(folder))),
      'a table written from more than one file: let its owner do the write',
    ).toEqual({});
  });

  it('names only run-time writers that still write a table named at run time', () => {
    for (const path of Object.keys(RUN_TIME_TABLE_WRITERS))
      expect(stringLiterals(readFileSync(join(ROOT, path), 'utf8')).flatMap(tablesWritten), path).toContain(
        RUN_TIME_TABLE,
      );
  });

  it('prepares SQL only in stores, typed prepares included', () => {
    expect(preparesIn([['main/hub/features/assistant/x.ts', 'db.prepare<[string]>(`SELECT 1`)']])).toEqual({
      'main/hub/features/assistant/x.ts': 1,
    });
    const outside = Object.fromEntries(
      Object.entries(preparesIn(read(['main', 'shared', 'devices', 'renderer'].flatMap(sourceFiles)))).filter(
        ([path]) => !mayPrepare(path),
      ),
    );
    expect(outside, 'SQL prepared outside a store: move it into the owner’s store').toEqual({});
  });
});

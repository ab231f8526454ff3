import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../main/hub/core/store/migrate.js';
import { LANGUAGES_0017 } from '../../main/hub/features/assistant/migrations/0017-unanswered-languages.js';
import { VISITOR_LANGUAGES } from '../../shared/i18n/languages.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';

const upTo0017 = HUB_MIGRATIONS.filter((m) => m.version <= 17);

/** The database as 0016 left it: the state a hub upgraded to this Dawr starts from. */
function at0016(): Database.Database {
  const db = new Database(':memory:');
  migrate(
    db,
    HUB_MIGRATIONS.filter((m) => m.version <= 16),
  );
  return db;
}

const INSERT =
  'INSERT INTO assistant_unanswered (key, example, language, outcome, count, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?, ?)';

const indexes = (db: Database.Database): unknown[] =>
  db
    .prepare(
      "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();

/** Every table whose schema still lists only Arabic and English for a language column. */
const arEnOnlyTables = (db: Database.Database): string[] =>
  (
    db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[]
  )
    .filter((t) => /CHECK\s*\(\s*language\s+IN\s*\(\s*'ar',\s*'en'\s*\)\s*\)/i.test(t.sql))
    .map((t) => t.name);

describe('migration 0017: the assistant’s unanswered questions in every visitor language', () => {
  it('lists exactly the registry’s languages (a new language needs a new migration)', () => {
    expect([...LANGUAGES_0017]).toEqual([...VISITOR_LANGUAGES]);
  });

  it('keeps the rows and the index, and accepts Urdu where 0016 refused it', () => {
    const db = at0016();
    db.prepare(INSERT).run('k-ar', 'متى تفتح', 'ar', 'handed_over', 3, 10, 20);
    db.prepare(INSERT).run('k-en', 'when open', 'en', 'did_you_mean', 1, 11, 11);
    // Before: only Arabic and English, and 0015's table is the one left CHECKing them.
    expect(() => db.prepare(INSERT).run('k-ur', 'کب', 'ur', 'handed_over', 1, 1, 1)).toThrow(/CHECK/);
    expect(arEnOnlyTables(db)).toEqual(['assistant_unanswered']);
    const indexesBefore = indexes(db);

    // Up to 0017 only: later migrations add indexes of their own (0018 did), which are not this one's to keep.
    migrate(db, upTo0017);
    expect(db.pragma('user_version', { simple: true })).toBe(17);
    expect(db.prepare('SELECT * FROM assistant_unanswered ORDER BY key').all()).toEqual([
      {
        key: 'k-ar',
        example: 'متى تفتح',
        language: 'ar',
        outcome: 'handed_over',
        count: 3,
        first_at: 10,
        last_at: 20,
      },
      {
        key: 'k-en',
        example: 'when open',
        language: 'en',
        outcome: 'did_you_mean',
        count: 1,
        first_at: 11,
        last_at: 11,
      },
    ]);
    for (const lang of VISITOR_LANGUAGES)
      db.prepare(INSERT).run(`k-new-${lang}`, 'q', lang, 'handed_over', 1, 1, 1);
    // No table is left that keeps a language and accepts only the two.
    expect(arEnOnlyTables(db)).toEqual([]);
    // Every index, by name, table and definition, is there after the rebuild.
    expect(indexes(db)).toEqual(indexesBefore);
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT * FROM assistant_unanswered ORDER BY count DESC, last_at DESC LIMIT 5',
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/assistant_unanswered_count/);
  });

  it('still refuses a code outside the registry and changes nothing', () => {
    const db = at0016();
    migrate(db, HUB_MIGRATIONS);
    expect(() => db.prepare(INSERT).run('k-x', 'q', 'xx', 'handed_over', 1, 1, 1)).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) AS n FROM assistant_unanswered').get()).toEqual({ n: 0 });
  });
});

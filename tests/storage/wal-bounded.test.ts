/**
 * The WAL stays bounded. PASSIVE checkpoints alone never shrink the file, and under steady load
 * (or while a reader holds an old snapshot) the WAL kept growing: 19.5 MB on a small disk that had
 * been filled. Past WAL_LIMIT_BYTES the checkpointer now truncates it once it can.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../main/hub/core/store/database.js';
import { WAL_LIMIT_BYTES } from '../../main/sqlite/checkpointer.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';

describe('a bounded WAL', () => {
  it('is truncated below the limit after a burst that outgrew it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dawr-wal-'));
    const file = join(dir, 'hub.sqlite');
    const db = openDatabase(file, { migrations: HUB_MIGRATIONS });
    // A reader holding an old snapshot: no checkpoint can finish while it reads, so the burst piles up in the WAL.
    const reader = new Database(file);
    reader.pragma('journal_mode = WAL');
    const snapshot = reader.prepare('SELECT key FROM manager_settings').iterate();
    snapshot.next();
    try {
      const put = db.prepare('INSERT OR REPLACE INTO manager_settings (key, value) VALUES (?, ?)');
      const value = 'x'.repeat(64 * 1024);
      for (let i = 0; i < 200; i++) put.run(`burst-${i}`, value);
      const walBytes = () => statSync(`${file}-wal`).size;
      expect(walBytes()).toBeGreaterThan(WAL_LIMIT_BYTES);

      snapshot.return?.();
      await vi.waitFor(() => expect(walBytes()).toBeLessThanOrEqual(WAL_LIMIT_BYTES), {
        timeout: 20_000,
        interval: 50,
      });
      // Nothing was lost on the way.
      expect(db.prepare("SELECT COUNT(*) AS n FROM manager_settings WHERE key LIKE 'burst-%'").get()).toEqual(
        {
          n: 200,
        },
      );
    } finally {
      reader.close();
      await db.stopCheckpointer?.();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

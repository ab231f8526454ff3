/**
 * The centre learns (issue #16): unanswered questions are kept without anything personal, grouped
 * by their normalised form, counted, and dismissed once answered.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { redactQuestion } from '../../shared/domain/assistant/redact.js';
import { up } from '../../main/hub/features/assistant/migrations/0015-assistant-unanswered.js';
import { shouldLog, unansweredLog } from '../../main/hub/features/assistant/unanswered.js';

describe('redactQuestion', () => {
  it('drops numbers of every kind: phones, Emirates IDs, tickets, passports, dates', () => {
    for (const q of [
      'my emirates id 784-1990-1234567-1 is not working',
      'call me on 0501234567 or +971 50 123 4567',
      'ticket A045 passport N1234567 born 12/03/1990',
      'رقمي ٠٥٠١٢٣٤٥٦٧ وهويتي ٧٨٤١٩٩٠١٢٣٤٥٦٧١',
    ])
      expect(redactQuestion(q).text, q).not.toMatch(/[\p{N}]/u);
  });

  it('drops e-mail addresses, links and names', () => {
    const r = redactQuestion(
      'Hello, my name is Fatima Khan, write to fatima.k@example.com or see https://x.example',
    );
    expect(r.text).not.toMatch(/fatima|khan|example|@/i);
    expect(redactQuestion('Can Ahmed renew my ID').text).toBe('Can renew my ID');
    expect(redactQuestion('اسمي محمد علي ابي اجدد الهوية').text).toBe('ابي اجدد الهوية');
  });

  it('groups spellings that normalise alike', () => {
    expect(redactQuestion('أين المصعد؟').key).toBe(redactQuestion('اين المصعد').key);
    expect(redactQuestion('Where is the LIFT').key).toBe(redactQuestion('where is the lift?').key);
  });
});

describe('unanswered log', () => {
  const fresh = () => {
    const db = new Database(':memory:');
    up(db);
    return db;
  };

  it('logs hand-overs and "did you mean", not answers', () => {
    expect(shouldLog('unsure')).toBe(true);
    expect(shouldLog('not_understood')).toBe(true);
    expect(shouldLog('answered')).toBe(false);
    expect(shouldLog('out_of_scope')).toBe(false);
    expect(shouldLog('not_offered')).toBe(false);
  });

  it('counts a group, most asked first, and dismisses it', () => {
    const log = unansweredLog(fresh());
    log.log('Is there a locker? 0501234567', 'en', 'not_understood', 1);
    log.log('is there a locker', 'en', 'unsure', 5);
    log.log('هل يوجد صراف آلي؟', 'ar', 'not_understood', 3);
    log.log('0501234567', 'en', 'not_understood', 4); // nothing left to keep
    const list = log.list(10);
    expect(list.map((g) => [g.key, g.count])).toEqual([
      ['is there a locker', 2],
      ['هل يوجد صراف الي', 1],
    ]);
    expect(list[0]).toMatchObject({ firstAt: 1, lastAt: 5, outcome: 'unsure', example: 'Is there a locker' });
    expect(log.dismiss('is there a locker')).toBe(true);
    expect(log.dismiss('is there a locker')).toBe(false);
    expect(log.list(10)).toHaveLength(1);
  });

  it('prepares its SQL once, not on every logged question', () => {
    const db = fresh();
    const log = unansweredLog(db);
    let prepared = 0;
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      prepared++;
      return prepare(sql);
    }) as typeof db.prepare;
    for (let i = 0; i < 5; i++) log.log(`is there a locker ${i}`, 'en', 'unsure', i);
    log.list(10);
    log.dismiss('is there a locker');
    expect(prepared).toBe(0);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { openDatabase } from '../../main/hub/core/store/database.js';
import type { Db } from '../../main/hub/core/store/database.js';
import { factsForDays, foldContext, syncFacts } from '../../main/hub/features/manager/facts.js';
import { hasTable, sqlReport } from '../../main/hub/features/manager/rollup-report.js';
import {
  foldVisitEvent,
  referenceReport,
  reportCsv,
  type FeedbackVote,
  type VisitFacts,
} from '../../shared/domain/reports.js';
import { ReportGroupBy } from '../../shared/contract/manager.js';
import { businessDay } from '../../shared/domain/time.js';
import { generateVisits, insertEvents, prng, type GeneratedVisit } from './generate.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';

const FROM = Date.UTC(2025, 0, 5, 4, 0); // 08:00 in Dubai
const DAYS = 20;
const TZ = DEMO_CATALOGUE.centre.timeZone;
let dir: string;
let db: Db;
let generated: GeneratedVisit[];
let votes: FeedbackVote[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dawr-reports-'));
  db = openDatabase(join(dir, 'hub.sqlite'), { migrations: HUB_MIGRATIONS });
  const g = generateVisits(DEMO_CATALOGUE, { seed: 7, count: 3000, from: FROM, days: DAYS });
  generated = g.visits;
  insertEvents(db, g.visits, g.events);
  // Happiness votes, as the kiosk module stores them (not linked to a visit).
  const rnd = prng(11);
  const faces = ['happy', 'happy', 'neutral', 'unhappy'] as const;
  votes = g.visits
    .filter((v) => v.outcome === 'served' && rnd() < 0.4)
    .map((v) => {
      const s = DEMO_CATALOGUE.services.find((x) => x.id === v.serviceId)!;
      return {
        day: businessDay(v.issuedAt, TZ),
        serviceId: v.serviceId,
        agencyId: s.agencyId,
        counterId: v.counterId,
        staffId: v.staffId,
        face: faces[Math.floor(rnd() * faces.length)]!,
      };
    });
  if (hasTable(db, 'feedback')) {
    const insert = db.prepare(
      'INSERT INTO feedback (id, business_day, service_id, queue_id, counter_id, staff_id, face) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    votes.forEach((v, i) => insert.run(`f${i}`, v.day, v.serviceId, 'q', v.counterId, v.staffId, v.face));
  } else {
    console.log('feedback table absent: happiness is checked as empty');
    votes = [];
  }
  syncFacts(db, DEMO_CATALOGUE);
});
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const fromDay = businessDay(FROM, TZ);
const toDay = businessDay(FROM + (DAYS - 1) * 86_400_000, TZ);

describe('report facts from the event log', () => {
  it('folds one row per visit with the generated waits and outcomes', () => {
    const facts = new Map(factsForDays(db, '0000-00-00', '9999-99-99').map((f) => [f.visitId, f]));
    expect(facts.size).toBe(generated.length);
    for (const v of generated) {
      const f = facts.get(v.visitId)!;
      expect(f.serviceId).toBe(v.serviceId);
      expect(f.waitMs).toBe(v.waitMs);
      expect(f.served).toBe(v.outcome === 'served');
      expect(f.noShow).toBe(v.outcome === 'no_show');
      expect(f.abandoned).toBe(v.outcome === 'abandoned');
      expect(f.transfers).toBe(v.transfers);
      expect(f.transactionMs).toBe(v.transactionMs);
      expect(f.day).toBe(businessDay(v.issuedAt, TZ));
    }
  });

  it('is idempotent: syncing again reads nothing and changes nothing', () => {
    const before = factsForDays(db, fromDay, toDay);
    expect(syncFacts(db, DEMO_CATALOGUE)).toBe(0);
    expect(factsForDays(db, fromDay, toDay)).toEqual(before);
  });
});

describe('SQL reports agree with the reference computation', () => {
  const ranges = [
    [fromDay, toDay],
    [businessDay(FROM + 3 * 86_400_000, TZ), businessDay(FROM + 9 * 86_400_000, TZ)],
  ] as const;
  for (const groupBy of ReportGroupBy.options)
    for (const [from, to] of ranges)
      it(`by ${groupBy}, ${from} … ${to}`, () => {
        const facts = factsForDays(db, '0000-00-00', '9999-99-99');
        const query = { from, to, groupBy };
        const expected = referenceReport(facts, votes, query);
        const actual = sqlReport(db, DEMO_CATALOGUE, query);
        expect(actual.rows.length).toBeGreaterThan(0);
        expect(actual).toEqual(expected);
      });
});

describe('report figures match the generated ground truth', () => {
  it('by service: visits, no-show and abandonment rates, average wait, transfers', () => {
    const report = sqlReport(db, DEMO_CATALOGUE, { from: fromDay, to: toDay, groupBy: 'service' });
    for (const row of report.rows) {
      const mine = generated.filter((v) => v.serviceId === row.key);
      const waits = mine.filter((v) => v.waitMs !== null).map((v) => v.waitMs!);
      expect(row.visits).toBe(mine.length);
      expect(row.noShowRate).toBeCloseTo(
        mine.filter((v) => v.outcome === 'no_show').length / mine.length,
        12,
      );
      expect(row.abandonmentRate).toBeCloseTo(
        mine.filter((v) => v.outcome === 'abandoned').length / mine.length,
        12,
      );
      expect(row.avgWaitS).toBeCloseTo(waits.reduce((a, b) => a + b, 0) / waits.length / 1000, 9);
      expect(row.transfers).toBe(mine.reduce((n, v) => n + v.transfers, 0));
      const target = DEMO_CATALOGUE.services.find((s) => s.id === row.key)!.target.withinMinutes * 60_000;
      expect(row.serviceLevel).toBeCloseTo(waits.filter((w) => w <= target).length / waits.length, 12);
      const seconds = waits.map((w) => Math.floor(w / 1000)).sort((a, b) => a - b);
      expect(row.medianWaitS).toBe(seconds[Math.ceil(seconds.length / 2) - 1]);
    }
    expect(report.total.visits).toBe(generated.length);
    const channels = Object.values(report.total.channels).reduce((a, b) => a + b, 0);
    expect(channels).toBe(generated.length);
  });

  it('happiness shares add up to one where there are votes', () => {
    const report = sqlReport(db, DEMO_CATALOGUE, { from: fromDay, to: toDay, groupBy: 'agency' });
    expect(report.total.happiness.votes).toBe(votes.length);
    if (votes.length) {
      const h = report.total.happiness;
      expect(h.happy! + h.neutral! + h.unhappy!).toBeCloseTo(1, 12);
    }
  });

  it('an empty range gives no rows and an empty total', () => {
    const report = sqlReport(db, DEMO_CATALOGUE, { from: '2000-01-01', to: '2000-01-02', groupBy: 'hour' });
    expect(report.rows).toEqual([]);
    expect(report.total.visits).toBe(0);
    expect(report.total.avgWaitS).toBeNull();
  });
});

describe('folding and CSV', () => {
  it('ignores events of a visit whose issue it never saw', () => {
    const ctx = foldContext(DEMO_CATALOGUE);
    const e = { visitId: 'x', type: 'visit.called', at: 1, actor: { kind: 'system' }, data: { waitedMs: 5 } };
    expect(foldVisitEvent(undefined, e, ctx)).toBeUndefined();
  });

  it('keeps the target a visit was issued under', () => {
    const ctx = { timeZone: TZ, targetMs: () => 60_000 };
    const issued = foldVisitEvent(
      undefined,
      {
        visitId: 'x',
        type: 'visit.issued',
        at: FROM,
        actor: { kind: 'system' },
        data: { serviceId: 'eid-renew' },
      },
      ctx,
    ) as VisitFacts;
    const later = foldVisitEvent(
      issued,
      { visitId: 'x', type: 'visit.called', at: FROM + 1, actor: { kind: 'system' }, data: { waitedMs: 1 } },
      { timeZone: TZ, targetMs: () => 1 },
    );
    expect(later?.targetMs).toBe(60_000);
  });

  it('writes one CSV line per row plus header and total, quoting commas', () => {
    const body = referenceReport(factsForDays(db, fromDay, toDay), votes, {
      from: fromDay,
      to: toDay,
      groupBy: 'agency',
    });
    const csv = reportCsv(body, ['Group, name', 'Visits'], (k) => (k === 'icp' ? 'Identity, residency' : k));
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(body.rows.length + 2);
    expect(lines[0]).toBe('"Group, name",Visits');
    expect(csv).toContain('"Identity, residency"');
  });
});

// A year of reports for a busy centre (issue 5 benchmark): ~1.5 million visits in visit_facts,
// then every report grouping over the whole year. Target: each report under 2 s.
// Run: npx tsx bench/reports.ts [visits]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEMO_CATALOGUE } from '../main/demo/catalogue.js';
import { openDatabase } from '../main/hub/core/store/database.js';
import { INSERT_FACT_SQL, rowParams } from '../main/hub/features/manager/facts.js';
import { sqlReport } from '../main/hub/features/manager/rollup-report.js';
import { ReportGroupBy } from '../shared/contract/manager.js';
import type { VisitFacts } from '../shared/domain/reports.js';
import { HUB_MIGRATIONS } from '../main/hub/modules.js';

const VISITS = Number(process.argv[2] ?? 1_500_000);
const DAYS = 365;
const START = Date.UTC(2025, 0, 1);

function* generate(): Generator<VisitFacts> {
  let seed = 42;
  const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const services = DEMO_CATALOGUE.services;
  const counters = DEMO_CATALOGUE.counters;
  const channels = ['kiosk', 'kiosk', 'kiosk', 'appointment', 'floor', 'remote'];
  for (let i = 0; i < VISITS; i++) {
    const dayIndex = Math.floor((i / VISITS) * DAYS);
    const date = new Date(START + dayIndex * 86_400_000);
    const s = services[Math.floor(rnd() * services.length)]!;
    const r = rnd();
    const called = r < 0.9;
    const served = r < 0.75;
    yield {
      visitId: `v${i}`,
      day: date.toISOString().slice(0, 10),
      hour: 7 + Math.floor(rnd() * 13),
      weekday: date.getUTCDay(),
      issuedAt: date.getTime(),
      serviceId: s.id,
      agencyId: s.agencyId,
      queueId: s.queueId,
      channel: channels[Math.floor(rnd() * channels.length)]!,
      counterId: called ? counters[Math.floor(rnd() * counters.length)]!.id : null,
      staffId: called ? `s-agent${1 + Math.floor(rnd() * 8)}` : null,
      waitMs: called ? Math.floor(rnd() * rnd() * 60 * 60_000) : null,
      walkingMs: served ? Math.floor(rnd() * 90_000) : null,
      transactionMs: served ? 60_000 + Math.floor(rnd() * 20 * 60_000) : null,
      targetMs: s.target.withinMinutes * 60_000,
      served,
      noShow: called && !served && r < 0.85,
      abandoned: !called && r < 0.97,
      removed: r >= 0.97,
      transfers: rnd() < 0.05 ? 1 : 0,
    };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'dawr-bench-reports-'));
try {
  const db = openDatabase(join(dir, 'hub.sqlite'), { migrations: HUB_MIGRATIONS });
  db.pragma('synchronous = OFF'); // loading only; reports read
  const t0 = performance.now();
  const insert = db.prepare(INSERT_FACT_SQL);
  let batch: VisitFacts[] = [];
  const flush = db.transaction((rows: VisitFacts[]) => {
    for (const f of rows) insert.run(...rowParams(f));
  });
  for (const f of generate()) {
    batch.push(f);
    if (batch.length === 50_000) {
      flush(batch);
      batch = [];
    }
  }
  flush(batch);
  // What syncFacts records as it folds events: each day's facts version.
  db.exec('INSERT INTO fact_days (day, version) SELECT DISTINCT day, 1 FROM visit_facts');
  db.exec('ANALYZE');
  console.log(
    `loaded ${VISITS.toLocaleString('en')} visit facts in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const query = (groupBy: ReportGroupBy) => ({ from: '2025-01-01', to: '2025-12-31', groupBy });
  // Cold: the first report of each grouping builds its per-day rollups (a running hub builds them
  // once; after that only days whose facts changed are rebuilt).
  for (const groupBy of ReportGroupBy.options) {
    const t = performance.now();
    sqlReport(db, DEMO_CATALOGUE, query(groupBy));
    console.log(
      `  cold (builds rollups) by ${groupBy.padEnd(8)} ${(performance.now() - t).toFixed(0).padStart(5)} ms`,
    );
  }
  // A visit of one day changes (as every new event does today): that day's rollups are rebuilt.
  db.exec("UPDATE fact_days SET version = version + 1 WHERE day = '2025-12-31'");
  let worst = 0;
  for (const groupBy of ReportGroupBy.options) {
    const t = performance.now();
    const report = sqlReport(db, DEMO_CATALOGUE, query(groupBy));
    const ms = performance.now() - t;
    if (groupBy === 'service') db.exec("UPDATE fact_days SET version = version + 1 WHERE day = '2025-12-31'");
    worst = Math.max(worst, ms);
    console.log(
      `  year by ${groupBy.padEnd(8)} ${ms.toFixed(0).padStart(5)} ms  ${report.rows.length} rows, ${report.total.visits.toLocaleString('en')} visits`,
    );
  }
  const t = performance.now();
  sqlReport(db, DEMO_CATALOGUE, { from: '2025-03-01', to: '2025-03-31', groupBy: 'staff' });
  console.log(`  one month by staff ${(performance.now() - t).toFixed(0)} ms`);
  console.log(
    `worst year report: ${worst.toFixed(0)} ms (target < 2000 ms) ${worst < 2000 ? 'OK' : 'OVER TARGET'}`,
  );
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

import { describe, expect, it } from 'vitest';
import { gauge, metricFamily } from '../../main/hub/core/metric-family.js';
import { backupMetrics } from '../../main/hub/features/backup/module.js';
import { healthMetrics } from '../../main/hub/features/sync/module.js';

describe('metricFamily', () => {
  it('writes HELP and TYPE under the name, then each sample, labelled or not', () => {
    expect(
      metricFamily('dawr_x_total', 'counter', 'Things counted.', [{ labels: 'result="ok"', value: 3 }, 4]),
    ).toEqual([
      '# HELP dawr_x_total Things counted.',
      '# TYPE dawr_x_total counter',
      'dawr_x_total{result="ok"} 3',
      'dawr_x_total 4',
    ]);
  });

  it('keeps HELP and TYPE when a family has no sample now (a scraper still learns the metric)', () => {
    expect(metricFamily('dawr_free', 'gauge', 'Free bytes.', [])).toEqual([
      '# HELP dawr_free Free bytes.',
      '# TYPE dawr_free gauge',
    ]);
  });

  it('gauge is one unlabelled sample, a string value kept as written', () => {
    expect(gauge('dawr_delay_ms', 'Delay.', (1.5).toFixed(3))).toEqual([
      '# HELP dawr_delay_ms Delay.',
      '# TYPE dawr_delay_ms gauge',
      'dawr_delay_ms 1.500',
    ]);
  });

  it('every sample a module writes follows the HELP and TYPE of its own family', () => {
    const lines = [
      ...backupMetrics({
        enabled: true,
        dir: '/backups',
        everyMinutes: 15,
        encrypted: false,
        lastGood: null,
        lastAttempt: null,
        stopped: false,
      }),
      ...healthMetrics(
        {
          enabled: true,
          backlog: 2,
          oldestUnsentAt: 1_000,
          lastSuccessAt: null,
          lastAttemptAt: null,
          lastError: null,
          failures: 0,
          totals: { accepted: 1, duplicate: 0, rejected: 0, skipped: 0 },
          deadLetterCount: 0,
          deadLetters: [],
        },
        3_000,
      ),
    ];
    let family = '';
    for (const line of lines) {
      const declared = /^# (HELP|TYPE) (\S+) /.exec(line);
      if (declared) {
        if (declared[1] === 'HELP') family = declared[2]!;
        expect(declared[2]).toBe(family);
      } else expect(line.split(/[{ ]/)[0]).toBe(family);
    }
    expect(lines).toContain('dawr_sync_oldest_unsent_age_seconds 2');
    expect(lines).toContain('dawr_sync_events_total{result="accepted"} 1');
  });
});

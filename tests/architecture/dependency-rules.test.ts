/**
 * The architecture rules of .dependency-cruiser.cjs (issue #17): every rule fails on a tree that
 * breaks it, the real tree has no violation beyond the known-violations baseline, and the baseline
 * only shrinks (an entry that no longer occurs must be removed; its size may not grow).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const BASELINE = join(ROOT, '.dependency-cruiser-known-violations.json');
const DEPCRUISE = join(ROOT, 'node_modules/.bin/depcruise');
const FIXTURE = join(ROOT, 'tests/architecture/fixtures/rules');
/**
 * The baseline's size: 89 when the rules were added (07 Dec 2026), 13 once features found each other's
 * services through the module context (services/ids.ts), 0 once the hub moved into core/ + features/
 * and the central link, shared stores and the code hub and central share found their places. It
 * stays 0: a new violation is fixed, not listed.
 */
const BASELINE_MAX = 0;

interface Violation {
  type: string;
  from: string;
  to: string;
  rule: { name: string };
  cycle?: { name: string }[];
}

function cruise(cwd: string): Violation[] {
  // depcruise exits non-zero when it finds violations; the JSON report is on stdout either way.
  let out: string;
  try {
    out = execFileSync(
      DEPCRUISE,
      ['main', 'shared', 'renderer', 'devices', '--config', CONFIG, '--output-type', 'json'],
      { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (e) {
    const stdout = (e as { stdout?: unknown }).stdout;
    if (typeof stdout !== 'string' || stdout === '') throw e;
    out = stdout;
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

/** One line per violation, the way a reader would name it. */
function key(v: Violation): string {
  const via = v.cycle ? ` via ${v.cycle.map((c) => c.name).join(' → ')}` : '';
  return `${v.rule.name}: ${v.from} → ${v.to}${via}`;
}

describe('architecture rules (.dependency-cruiser.cjs)', () => {
  it('each rule reports the fixture that breaks it', () => {
    const found = cruise(FIXTURE).map(key).sort();
    expect(found).toEqual(
      [
        'central-not-to-hub: main/central/service.ts → main/hub/modules.ts',
        'common-not-to-deployments: main/common/hashing.ts → main/central/service.ts',
        'devices-not-to-main: devices/driver.ts → main/hub/core/hub.ts',
        'domain-no-io: shared/domain/engine.ts → ../../../../node_modules/better-sqlite3/lib/index.js',
        'hub-core-not-to-features: main/hub/core/store/repository.ts → main/hub/features/alpha/feature.ts',
        'hub-entry-points-not-imported: main/hub/features/beta/feature.ts → main/hub/modules.ts',
        'hub-features-not-to-features: main/hub/features/alpha/feature.ts → main/hub/features/beta/feature.ts',
        'hub-not-to-central: main/hub/core/hub.ts → main/central/service.ts',
        'no-circular: shared/contract/ping.ts → shared/contract/pong.ts via shared/contract/pong.ts → shared/contract/ping.ts',
        'renderer-no-node-builtins: renderer/screen.ts → path',
        'renderer-not-to-main: renderer/screen.ts → main/hub/core/hub.ts',
        'shared-imports-only-shared: shared/leak.ts → main/hub/core/hub.ts',
        'shared-no-node-builtins: shared/domain/engine.ts → fs',
      ].sort(),
    );
  });

  it('the tree breaks no rule beyond the known violations, and the baseline only shrinks', () => {
    const baseline = (JSON.parse(readFileSync(BASELINE, 'utf8')) as Violation[]).map(key);
    const current = new Set(cruise(ROOT).map(key));
    const known = new Set(baseline);
    console.log(
      `architecture: ${baseline.length} known violations in the baseline (at most ${BASELINE_MAX})`,
    );

    const added = [...current].filter((k) => !known.has(k));
    expect(added, 'new violations: fix them (the baseline is not for new code)').toEqual([]);
    const gone = baseline.filter((k) => !current.has(k));
    expect(
      gone,
      'fixed violations still in the baseline: regenerate it (see .dependency-cruiser.cjs) and lower BASELINE_MAX',
    ).toEqual([]);
    expect(baseline.length).toBeLessThanOrEqual(BASELINE_MAX);
  });
});

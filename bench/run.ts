/**
 * `npm run bench`: every benchmark, one after another (each in its own process so one cannot
 * skew the next), printing figures. `npm run bench -- hub central` runs only those.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ALL = [
  'hub',
  'devices',
  'central',
  'sync',
  'calls',
  'kiosk',
  'first-paint',
  'reports',
  'backup',
  'assistant',
  'estimates',
  'worklist',
];
// Flags (`--tuning-only`) go to every benchmark run; the other arguments name the benchmarks.
const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const wanted = names.length ? names : ALL;
let failed = 0;
for (const name of wanted) {
  const file = join(import.meta.dirname, `${name}.ts`);
  if (!existsSync(file)) {
    console.log(`\n== ${name}: no benchmark file (bench/${name}.ts)`);
    continue;
  }
  console.log(`\n######## bench/${name}.ts`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...flags], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`bench/${name}.ts exited with ${r.status}`);
  }
}
process.exit(failed ? 1 : 0);

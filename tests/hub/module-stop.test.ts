/**
 * A stopped hub leaves nothing of its modules running: every module's stop runs even when an earlier
 * one fails, and device health's re-evaluation (which reads the database) never runs after the hub
 * stopped. Before, a hub could log "device health evaluation failed … database connection is not
 * open" after a test stopped it. The schedule is the test's own, so nothing here waits for time.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { deviceHealthModule, type HealthSchedule } from '../../main/hub/features/health/module.js';
import type { HubModule } from '../../main/hub/core/module-context.js';
import { startTestHub } from '../support/hub.js';

/** Records what the module scheduled; `live` is what was never cancelled. */
function recordingSchedule() {
  const scheduled: { run: () => void; cancelled: boolean }[] = [];
  const add = (run: () => void) => {
    const entry = { run, cancelled: false };
    scheduled.push(entry);
    return () => {
      entry.cancelled = true;
    };
  };
  const schedule: HealthSchedule = { every: (_ms, run) => add(run), after: (_ms, run) => add(run) };
  return { schedule, scheduled, live: () => scheduled.filter((e) => !e.cancelled) };
}

/** A module whose stop fails, listed before device health so its stop runs first. */
const failingStop: HubModule = {
  name: 'failing-stop',
  start: () => () => {
    throw new Error('this module cannot stop cleanly');
  },
};

afterEach(() => {
  vi.restoreAllMocks();
});

it('cancels device health’s timers on stop, even after another module’s stop failed', async () => {
  const timers = recordingSchedule();
  const h = await startTestHub({
    modules: [failingStop, deviceHealthModule({ schedule: timers.schedule })],
  });
  expect(timers.live().length).toBeGreaterThan(0);
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  await h.cleanup();
  expect(timers.live()).toEqual([]);
  expect(errors.mock.calls.map((c) => String(c[0]))).toEqual(['a hub module failed to stop']);
});

it('a re-evaluation already due when the hub stops does not reach the closed database', async () => {
  const timers = recordingSchedule();
  const h = await startTestHub({ modules: [deviceHealthModule({ schedule: timers.schedule })] });
  const due = [...timers.scheduled];
  await h.cleanup();
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  // The timer fired just as the hub stopped: its run is already on the event loop.
  for (const entry of due) entry.run();
  expect(errors).not.toHaveBeenCalled();
});

/**
 * The personal-data hub module: purges what is past its retention period (retention.ts), once at
 * start and then every hour, for as long as the hub runs. It starts after every module's `provide`,
 * so the steps of all the hub's features are in.
 */
import type { HubModule } from '../module-context.js';
import { CENTRAL_LINK } from '../services/ids.js';
import { purgePersonalData } from './retention.js';
import type { PurgeCounts } from './retention-steps.js';

const PURGE_EVERY_MS = 60 * 60 * 1000;

export interface PersonalDataModuleOptions {
  /** Defaults to whether the hub has a link to central (the sync module provides it when DAWR_CENTRAL_URL is set). */
  waitForSync?: boolean;
  /** Hears each purge (tests, logs); failures are retried at the next run. */
  onPurge?: (counts: PurgeCounts) => void;
}

export function personalDataModule(opts: PersonalDataModuleOptions = {}): HubModule {
  return {
    name: 'personal-data',
    start(ctx) {
      const waitForSync = opts.waitForSync ?? ctx.services.find(CENTRAL_LINK) !== undefined;
      const purge = () => {
        try {
          const counts = purgePersonalData(ctx.hub.db, ctx.personalData.retentionSteps, {
            now: ctx.hub.clock.now(),
            periods: ctx.personalData.retention,
            waitForSync,
          });
          opts.onPurge?.(counts);
        } catch {
          // Retried at the next run; the hub keeps serving.
        }
      };
      purge();
      const timer = setInterval(purge, PURGE_EVERY_MS);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

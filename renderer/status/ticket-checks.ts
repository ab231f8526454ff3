/**
 * The status page's answer checks: every zod schema the page parses the hub's answers with. Loaded
 * behind `import()` once the place in line is painted (renderer/status/main.tsx): building zod and
 * the contract's schemas took about a fifth of the page's main-thread time before its first paint
 * with the CPU slowed 4× (bench/first-paint.ts; tests/e2e/status-first-paint.spec.ts holds the order).
 */
import * as z from 'zod';
import { PublicTicketStatus } from '../../shared/contract/views.js';
import { PushPublicKey, TicketOptions } from '../../shared/contract/remote.js';

export { PublicTicketStatus, PushPublicKey, TicketOptions };

// A phone page parses a handful of answers in its life (the first status, a few updates, an action's
// answer): zod's compiled fast path (a `new Function` per object schema, built on the first parse)
// costs more on a slow phone than it saves, as on the kiosk (renderer/kiosk/boot-validate.ts).
z.config({ jitless: true });

export const LateResult = z.object({
  moved: z.boolean(),
  status: PublicTicketStatus,
  options: TicketOptions,
});
export const CancelResult = z.object({ status: PublicTicketStatus });
export const LanguageResult = z.object({ status: PublicTicketStatus });
export const PushSaved = z.object({ subscribed: z.boolean() });

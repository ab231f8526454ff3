/**
 * A counter's worklist on the socket: the counter app sends `worklist` with the counter it holds
 * and gets the worklist now; from then on the hub pushes `worklist` whenever a commit changes it.
 * The worklist's own schema is `Worklist` in http-responses.ts (also GET …/worklist).
 */
import * as z from 'zod';

export const WORKLIST_EVENT = 'worklist';

export const WatchWorklistInput = z.object({ counterId: z.string().min(1).max(64) });
export type WatchWorklistInput = z.infer<typeof WatchWorklistInput>;

/**
 * Runs one copy or check of an SQLite file in a worker thread (sqlite-worker.js), so neither a
 * large copy nor an integrity_check holds up the event loop. Used by the hub's scheduled backups,
 * by restore, and by central's SQLite backups.
 */
import { Worker } from 'node:worker_threads';
import { z } from 'zod';

export const CopyResult = z.object({ pages: z.number(), copyMs: z.number() });
export type CopyResult = z.infer<typeof CopyResult>;

export const CheckResult = z.object({
  ok: z.boolean(),
  problem: z.string().nullable(),
  integrity: z.string().optional(),
  schemaVersion: z.number().optional(),
  rowCounts: z.record(z.string(), z.number()).optional(),
  /** What the caller's identitySql answered on the copy (the hub: its centre id). */
  identity: z.string().nullable().optional(),
  checkMs: z.number(),
});
export type CheckResult = z.infer<typeof CheckResult>;

const Reply = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

function runJob(job: Record<string, unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // No execArgv: the worker is plain JavaScript, and a TypeScript loader inherited from the
    // parent (tsx) would only slow its start.
    const worker = new Worker(new URL('./sqlite-worker.js', import.meta.url), {
      workerData: job,
      execArgv: [],
    });
    let settled = false;
    worker.once('message', (m: unknown) => {
      settled = true;
      const reply = Reply.parse(m);
      if (reply.ok) resolve(reply.result);
      else reject(new Error(reply.error));
    });
    worker.once('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the backup worker exited with ${code} before answering`));
    });
  });
}

/** A consistent copy of `source` (a live database is fine) at `target`, single-file and fsynced. */
export async function copyDatabase(source: string, target: string): Promise<CopyResult> {
  return CopyResult.parse(await runJob({ op: 'copy', source, target }));
}

/** Opens `file` read-only and checks it; never throws for a damaged or foreign file (ok: false). */
export async function checkDatabase(
  file: string,
  tables: readonly string[],
  identitySql?: string,
): Promise<CheckResult> {
  return CheckResult.parse(await runJob({ op: 'check', file, tables: [...tables], identitySql }));
}

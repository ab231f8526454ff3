/**
 * Reads electronegativity's SARIF report and fails (exit 1) on any finding that is not in the
 * allowlist with a reason, and on allowlist entries that match nothing. Electronegativity itself
 * exits 0 even with HIGH findings, so this is what makes the CI step fail.
 * Usage: tsx packaging/electronegativity-check.ts <report.sarif> <allowlist.json>
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod';

const Sarif = z.object({
  runs: z.array(
    z.object({
      results: z.array(
        z.object({
          ruleId: z.string(),
          level: z.string().optional(),
          message: z.object({ text: z.string() }),
          locations: z
            .array(
              z.object({
                physicalLocation: z.object({
                  artifactLocation: z.object({ uri: z.string() }),
                  region: z.object({ startLine: z.number() }).optional(),
                }),
              }),
            )
            .default([]),
        }),
      ),
    }),
  ),
});

export const Allowlist = z.object({
  entries: z.array(
    z.object({
      rule: z.string().min(1),
      file: z.string().min(1),
      reason: z.string().min(20, 'each entry needs a real reason'),
    }),
  ),
});
export type Allowlist = z.infer<typeof Allowlist>;

export interface Finding {
  rule: string;
  file: string;
  line: number | undefined;
  message: string;
}

export function findingsOf(sarif: unknown): Finding[] {
  return Sarif.parse(sarif).runs.flatMap((run) =>
    run.results.map((r) => ({
      rule: r.ruleId,
      file: r.locations[0]?.physicalLocation.artifactLocation.uri ?? '(unknown)',
      line: r.locations[0]?.physicalLocation.region?.startLine,
      message: r.message.text,
    })),
  );
}

/** Matched by rule and file (not line, which moves with every edit above it). */
export function checkFindings(findings: Finding[], allowlist: Allowlist) {
  const key = (rule: string, file: string) => `${rule} ${file}`;
  const allowed = new Set(allowlist.entries.map((e) => key(e.rule, e.file)));
  const seen = new Set(findings.map((f) => key(f.rule, f.file)));
  return {
    unexplained: findings.filter((f) => !allowed.has(key(f.rule, f.file))),
    stale: allowlist.entries.filter((e) => !seen.has(key(e.rule, e.file))),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [reportPath, allowPath] = process.argv.slice(2);
  if (!reportPath || !allowPath) {
    console.error('usage: electronegativity-check.ts <report.sarif> <allowlist.json>');
    process.exit(2);
  }
  const findings = findingsOf(JSON.parse(readFileSync(reportPath, 'utf8')));
  const { unexplained, stale } = checkFindings(
    findings,
    Allowlist.parse(JSON.parse(readFileSync(allowPath, 'utf8'))),
  );
  console.log(
    `electronegativity: ${findings.length} findings, ${findings.length - unexplained.length} explained in the allowlist`,
  );
  for (const f of unexplained)
    console.error(`  UNEXPLAINED ${f.rule} main/app/${f.file}:${f.line ?? '?'} ${f.message}`);
  for (const e of stale)
    console.error(`  STALE allowlist entry ${e.rule} ${e.file}: nothing matches it any more; remove it`);
  process.exit(unexplained.length || stale.length ? 1 : 0);
}

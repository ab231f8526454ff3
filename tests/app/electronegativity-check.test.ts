import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Allowlist, checkFindings, findingsOf } from '../../packaging/electronegativity-check.js';

const sarif = (results: { ruleId: string; uri: string; line: number }[]) => ({
  runs: [
    {
      results: results.map((r) => ({
        ruleId: r.ruleId,
        level: 'error',
        message: { text: 'x' },
        locations: [
          { physicalLocation: { artifactLocation: { uri: r.uri }, region: { startLine: r.line } } },
        ],
      })),
    },
  ],
});

const allow: Allowlist = {
  entries: [
    { rule: 'CSP_GLOBAL_CHECK', file: 'pages/waiting.html', reason: 'a reason long enough to count' },
  ],
};

describe('electronegativity check', () => {
  it('fails on a finding that is not explained', () => {
    const findings = findingsOf(
      sarif([
        { ruleId: 'SANDBOX_JS_CHECK', uri: 'electron-main.ts', line: 85 },
        { ruleId: 'CSP_GLOBAL_CHECK', uri: 'pages/waiting.html', line: 5 },
      ]),
    );
    const r = checkFindings(findings, allow);
    expect(r.unexplained.map((f) => f.rule)).toEqual(['SANDBOX_JS_CHECK']);
    expect(r.stale).toEqual([]);
  });

  it('matches by rule and file, whatever the line', () => {
    expect(
      checkFindings(
        findingsOf(sarif([{ ruleId: 'CSP_GLOBAL_CHECK', uri: 'pages/waiting.html', line: 99 }])),
        allow,
      ).unexplained,
    ).toEqual([]);
  });

  it('reports allowlist entries that match nothing any more', () => {
    expect(checkFindings([], allow).stale).toHaveLength(1);
  });

  it('requires a reason in every checked-in entry', () => {
    const file = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../packaging/electronegativity-allowlist.json'), 'utf8'),
    );
    expect(Allowlist.parse(file).entries.length).toBeGreaterThan(0);
    expect(Allowlist.safeParse({ entries: [{ rule: 'R', file: 'f', reason: 'ok' }] }).success).toBe(false);
  });
});

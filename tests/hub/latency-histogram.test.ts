import { describe, expect, it } from 'vitest';
import { LatencyHistogram, parseBuckets, quantileBound } from '../../main/hub/core/latency-histogram.js';

const NAME = 'dawr_ack_latency_ms';

describe('acknowledgement latency histogram', () => {
  it('counts each observation in the first bucket that holds it, cumulatively', () => {
    const h = new LatencyHistogram();
    for (const ms of [0.2, 0.5, 0.9, 4, 12, 5000]) h.observe(ms);
    const text = h.lines(NAME, 'test').join('\n');
    const b = new Map(parseBuckets(text, NAME));
    expect(b.get(0.5)).toBe(2); // 0.5 is "≤ 0.5"
    expect(b.get(1)).toBe(3);
    expect(b.get(5)).toBe(4);
    expect(b.get(15)).toBe(5);
    expect(b.get(1000)).toBe(5);
    expect(b.get(Infinity)).toBe(6);
    expect(text).toContain(`${NAME}_count 6`);
  });

  it('bounds a quantile over the window between two scrapes only', () => {
    const h = new LatencyHistogram();
    for (let i = 0; i < 100; i++) h.observe(40); // before the window: slow
    const before = parseBuckets(h.lines(NAME, 'x').join('\n'), NAME);
    for (let i = 0; i < 99; i++) h.observe(0.8);
    h.observe(9);
    const after = parseBuckets(h.lines(NAME, 'x').join('\n'), NAME);
    expect(quantileBound(before, after, 0.5)).toBe(1);
    expect(quantileBound(before, after, 0.99)).toBe(1);
    expect(quantileBound(before, after, 1)).toBe(10);
    expect(quantileBound(after, after, 0.99)).toBeNaN();
  });
});

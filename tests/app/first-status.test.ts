/**
 * The status page draws the first answer before zod has checked it (renderer/status/first-status.ts),
 * so its outline must hold every field the first render acts on: an unknown language code would have
 * sent the page to fetch a catalogue that does not exist.
 */
import { describe, expect, it } from 'vitest';
import { provisionalStatus } from '../../renderer/status/first-status.js';

const answer = (over: Record<string, unknown> = {}) => ({
  ticket: 'A001',
  status: 'waiting',
  service: { ar: 'تجديد', en: 'Renew' },
  position: 3,
  estimate: { ahead: 2, p50Minutes: 6, p90Minutes: 12, counters: 2, pastClosing: false },
  counterLabel: null,
  at: 1_700_000_000_000,
  language: 'ur',
  ...over,
});

describe('provisionalStatus', () => {
  it('draws an answer whose outline is a ticket status, in a visitor language or none', () => {
    expect(provisionalStatus(answer())?.ticket).toBe('A001');
    expect(provisionalStatus(answer({ language: undefined }))?.ticket).toBe('A001');
  });

  it('draws nothing for a language Dawr does not offer, or a malformed outline', () => {
    expect(provisionalStatus(answer({ language: 'xx' }))).toBeNull();
    expect(provisionalStatus(answer({ language: 7 }))).toBeNull();
    expect(provisionalStatus(answer({ position: '3' }))).toBeNull();
    expect(provisionalStatus(null)).toBeNull();
  });
});

/** The board's list of calls: live calls, the snapshot after a reconnect and the hub's recent calls join into one. */
import { describe, expect, it } from 'vitest';
import { boardView, mergeCall, mergeRecent, type BoardCall } from '../../renderer/display/board-calls.js';
import type { RecentCall } from '../../shared/contract/views.js';

const recent = (ticket: string, at: number, over: Partial<RecentCall> = {}): RecentCall => ({
  ticket,
  counterLabel: '1',
  queueId: 'q-identity',
  recall: false,
  at,
  ...over,
});
const all = () => true;
const tickets = (calls: BoardCall[]) =>
  calls.map((c) => `${c.ticket}@${c.counterLabel}${c.recall ? '!' : ''}`);

describe('mergeRecent', () => {
  it('gives the snapshot’s entry of a ticket (no language) the language of the hub’s recent call', () => {
    const fromSnapshot: BoardCall = {
      callId: null,
      ticket: 'B11',
      counterLabel: '3',
      queueId: 'q-residency',
      recall: false,
      at: 40,
    };
    const merged = mergeRecent([fromSnapshot], [recent('B11', 30, { language: 'ur' })], all, 5);
    expect(merged).toEqual([{ ...fromSnapshot, language: 'ur' }]);
  });

  it('fills an empty board (a reload) newest first, up to the limit', () => {
    const merged = mergeRecent([], [recent('A3', 30), recent('A2', 20), recent('A1', 10)], all, 2);
    expect(tickets(merged)).toEqual(['A3@1', 'A2@1']);
    expect(merged.every((c) => c.callId === null)).toBe(true);
  });

  it('keeps the later call of a ticket: a live recall that crossed the answer stays, an older live call is replaced', () => {
    const live = mergeCall(
      [],
      {
        callId: 'e9',
        ticket: 'A9',
        prefix: 'A',
        number: 9,
        counterId: 'c2',
        counterLabel: '2',
        queueId: 'q-identity',
        recall: true,
        at: 50,
      },
      10,
    );
    const merged = mergeRecent(
      live,
      [recent('A9', 40), recent('B1', 45, { queueId: 'q-residency' })],
      all,
      10,
    );
    expect(tickets(merged)).toEqual(['A9@2!', 'B1@1']);
    expect(merged[0]!.callId).toBe('e9');

    const newer = mergeRecent(live, [recent('A9', 60, { counterLabel: '4' })], all, 10);
    expect(tickets(newer)).toEqual(['A9@4']);
    // The live call's id stays with its ticket, so the announcement emphasis still finds it.
    expect(newer[0]!.callId).toBe('e9');
  });

  it('leaves out the queues this screen does not show', () => {
    const merged = mergeRecent(
      [],
      [recent('C1', 30, { queueId: 'q-traffic' }), recent('A1', 20)],
      (q) => q === 'q-identity',
      10,
    );
    expect(tickets(merged)).toEqual(['A1@1']);
  });
});

describe('boardView: a burst of calls, one at a time', () => {
  // Newest first, as the board keeps them: three counters called within a second, after an older call.
  const live = (ticket: string, at: number, callId: string | null = `call-${ticket}`): BoardCall => ({
    callId,
    ticket,
    counterLabel: ticket.slice(1),
    queueId: 'q-identity',
    recall: false,
    at,
  });
  const calls = [live('C3', 30), live('B2', 20), live('A1', 10), live('Z9', 1, null)];

  it('shows large the call being announced; calls still waiting are neither large nor earlier', () => {
    const view = boardView(calls, 'call-A1', new Set(['call-B2', 'call-C3']));
    expect(view.large?.ticket).toBe('A1');
    expect(tickets(view.earlier)).toEqual(['Z9@9']);
  });

  it('moves on in the order the calls came, each shown one joining the earlier calls', () => {
    const view = boardView(calls, 'call-B2', new Set(['call-C3']));
    expect(view.large?.ticket).toBe('B2');
    expect(tickets(view.earlier)).toEqual(['A1@1', 'Z9@9']);
  });

  it('with nothing announced, keeps the newest call already shown large', () => {
    const view = boardView(calls, null, new Set());
    expect(view.large?.ticket).toBe('C3');
    expect(tickets(view.earlier)).toEqual(['B2@2', 'A1@1', 'Z9@9']);
  });

  it('never hides a call learnt after a load (no call id): it waited for no announcement', () => {
    const view = boardView([live('Z9', 1, null)], null, new Set(['call-Z9']));
    expect(view.large?.ticket).toBe('Z9');
  });
});

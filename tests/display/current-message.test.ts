/**
 * A board that loads or reconnects asks the hub for the manager's message still up
 * (`currentMessage` on '/display'): the live `message` event reaches only the boards connected
 * when it is sent (issue #15). The answer carries the hub's clock so the board takes the message
 * down on time on its own clock; a message that has ended is not sent.
 */
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CurrentDisplayMessage, type DisplayMessage } from '../../shared/contract/manager.js';
import { connect, DISPLAY_KEY, emitAck, login, startTestHub, type TestHub } from '../support/hub.js';

/** Monday 7 December 2026, 10:00 in Dubai. */
const clock = { t: Date.parse('2026-12-07T10:00:00+04:00'), now: () => clock.t };

let hub: TestHub;
let manager: Socket;
const boards: Socket[] = [];

beforeAll(async () => {
  hub = await startTestHub({ clock });
  manager = await connect(hub.url, '/manager', { token: await login(hub.url, 'manager', '246810') });
});
afterAll(async () => {
  manager?.disconnect();
  for (const b of boards) b.disconnect();
  await hub?.cleanup();
});

/** A board freshly (re)loaded: a new socket, asking what is up now. */
async function freshBoard(): Promise<CurrentDisplayMessage> {
  const board = await connect(hub.url, '/display', { deviceKey: DISPLAY_KEY });
  boards.push(board);
  const r = await emitAck(board, 'currentMessage', {});
  if (!r.ok) throw new Error(`currentMessage: ${r.error.code} ${r.error.message}`);
  return CurrentDisplayMessage.parse(r.data);
}

async function announce(ar: string, en: string, minutes: number): Promise<DisplayMessage> {
  const r = await emitAck<DisplayMessage>(manager, 'manager.announce', { text: { ar, en }, minutes });
  if (!r.ok) throw new Error(`announce: ${r.error.message}`);
  return r.data;
}

describe('currentMessage', () => {
  it('is null before any announcement', async () => {
    expect(await freshBoard()).toEqual({ message: null, now: clock.t });
  });

  it('a reloaded board gets the message up now, with the hub clock to time its end', async () => {
    const sent = await announce('النظام متوقف مؤقتًا', 'The system is down for a while', 10);
    clock.t += 4 * 60_000;
    const got = await freshBoard();
    expect(got.message).toEqual(sent);
    expect(got.now).toBe(clock.t);
    // Six of its ten minutes are left.
    expect(got.message!.until - got.now).toBe(6 * 60_000);
  });

  it('the newest announcement replaces the earlier one', async () => {
    const second = await announce('يرجى الانتظار', 'Please wait', 5);
    expect((await freshBoard()).message).toEqual(second);
  });

  it('an ended message is not sent', async () => {
    clock.t += 5 * 60_000;
    expect((await freshBoard()).message).toBeNull();
  });
});

/**
 * The display board's catalogue comes only on its socket: the hub sends it to every board that
 * connects on '/display', unasked, so a board that loads, reloads or reconnects after a manager's
 * edit has the catalogue as it is now without asking over HTTP.
 */
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalogue } from '../../shared/contract/catalogue.js';
import { api, DISPLAY_KEY, login, openSocket, startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let manager: string;
const boards: Socket[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
});
afterAll(async () => {
  for (const b of boards) b.disconnect();
  await hub?.cleanup();
});

/** A board (re)loading: its listener is in place before the socket connects, as the board's is. */
function catalogueOnConnecting(): Promise<Catalogue> {
  const board = openSocket(hub.url, '/display', { deviceKey: DISPLAY_KEY });
  boards.push(board);
  return new Promise((resolve, reject) => {
    board.once('catalogue', (raw: unknown) => resolve(Catalogue.parse(raw)));
    board.once('connect_error', reject);
  });
}

describe('the display board’s catalogue', () => {
  it('is sent to a board as it connects', async () => {
    const got = await catalogueOnConnecting();
    const current = await api(hub.url, 'GET', '/catalogue');
    expect(got).toEqual(Catalogue.parse(current.body));
  });

  it('is the edited one for a board that connects after a manager’s edit', async () => {
    const before = await api(hub.url, 'POST', '/manager/catalogue', manager, {});
    const c = Catalogue.parse(before.body);
    const renamed = { ...c.centre.name, en: `${c.centre.name.en} (renamed)` };
    const edit = await api(hub.url, 'POST', '/manager/updateCatalogue', manager, {
      catalogue: { ...c, centre: { ...c.centre, name: renamed } },
      what: 'centre',
    });
    expect(edit.status).toBe(200);
    expect((await catalogueOnConnecting()).centre.name).toEqual(renamed);
  });
});

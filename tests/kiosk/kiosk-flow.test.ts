/** The kiosk's pure parts: the flow reducer, and a human message for every error code in both languages. */
import { describe, expect, it } from 'vitest';
import { flow, INITIAL, topServices, type FlowState } from '../../renderer/kiosk/flow.js';
import { ERROR_CODES } from '../../shared/domain/errors.js';
import { KIOSK_ERROR_CODES } from '../../shared/contract/kiosk.js';
import { kiosk } from '../../shared/i18n/apps/kiosk.js';
import { resources } from '../../shared/i18n/index.js';
import type { IssuedTicket } from '../../shared/contract/views.js';

const ticket = { visit: { id: 'v1', serviceIds: ['eid-renew'] } } as unknown as IssuedTicket;

describe('flow', () => {
  const atService: FlowState = [
    { type: 'browse', search: false } as const,
    { type: 'chooseService', serviceId: 'eid-renew' } as const,
    {
      type: 'details',
      identity: { kind: 'mobile', value: '0501234567' },
      priority: 'senior',
      representative: 'family',
    } as const,
  ].reduce<FlowState>(flow, INITIAL);

  it('walks to the service, where the optional details are kept on the same screen', () => {
    expect(atService).toMatchObject({ screen: 'service', serviceId: 'eid-renew', priority: 'senior' });
    expect(atService.history).toEqual(['welcome', 'services']);
  });
  it('reaches a service from the start screen in one step (a tile)', () => {
    const s = flow(INITIAL, { type: 'chooseService', serviceId: 'eid-renew' });
    expect(s).toMatchObject({ screen: 'service', history: ['welcome'] });
  });
  it('keeps one idempotency key across retries of the same request, and a new one for another', () => {
    const once = flow(atService, { type: 'printTap', idempotencyKey: 'kiosk-aaaaaaaa' });
    const twice = flow(once, { type: 'printTap', idempotencyKey: 'kiosk-bbbbbbbb' });
    expect(twice.idempotencyKey).toBe('kiosk-aaaaaaaa');
    const changed = flow(twice, { type: 'details', identity: null, priority: null, representative: null });
    expect(changed.idempotencyKey).toBeNull();
    expect(flow(twice, { type: 'back' }).idempotencyKey).toBeNull();
  });
  it('forgets the identity once the ticket is issued, and everything on reset', () => {
    const issued = flow(atService, { type: 'issued', ticket });
    expect(issued).toMatchObject({ screen: 'ticket', identity: null, representative: null, history: [] });
    expect(JSON.stringify(issued)).not.toContain('0501234567');
    expect(flow(issued, { type: 'reset' })).toEqual(INITIAL);
    expect(flow(issued, { type: 'back' })).toEqual(INITIAL);
  });
  it('offers the most used services first, then the catalogue order', () => {
    const services = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    expect(topServices(services, {}, 3).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(topServices(services, { c: 5, d: 9 }, 3).map((s) => s.id)).toEqual(['d', 'c', 'a']);
  });
});

describe('messages', () => {
  it('every hub and kiosk error code has a message in Arabic and English', () => {
    const r = resources();
    for (const lng of ['ar', 'en'] as const) {
      const errors = r[lng].errors as Record<string, string>;
      for (const code of [...ERROR_CODES, 'timeout', 'offline'])
        expect(errors[code], `${lng} ${code}`).toBeTruthy();
      for (const code of KIOSK_ERROR_CODES) expect(kiosk[lng][`err_${code}`], `${lng} ${code}`).toBeTruthy();
    }
  });
  it('the kiosk strings have the same keys in both languages', () => {
    expect(Object.keys(kiosk.en).sort()).toEqual(Object.keys(kiosk.ar).sort());
  });
});

/** The kiosk's pure parts: the flow reducer, and a human message for every error code in both languages. */
import { describe, expect, it } from 'vitest';
import { flow, INITIAL, type FlowState } from '../../renderer/kiosk/flow.js';
import { ERROR_CODES } from '../../shared/domain/errors.js';
import { KIOSK_ERROR_CODES } from '../../shared/contract/kiosk.js';
import { kiosk } from '../../shared/i18n/apps/kiosk.js';
import { resources } from '../../shared/i18n/index.js';
import type { IssuedTicket } from '../../shared/contract/views.js';

const ticket = { visit: { id: 'v1', serviceIds: ['eid-renew'] } } as unknown as IssuedTicket;

describe('flow', () => {
  const atConfirm: FlowState = [
    { type: 'go', screen: 'agencies' } as const,
    { type: 'chooseAgency', agencyId: 'icp' } as const,
    { type: 'chooseService', serviceId: 'eid-renew' } as const,
    { type: 'go', screen: 'identify' } as const,
    { type: 'identify', identity: { kind: 'mobile', value: '0501234567' } } as const,
    { type: 'priority', priority: 'senior', representative: 'family' } as const,
  ].reduce(flow, INITIAL);

  it('walks to confirm with the choices', () => {
    expect(atConfirm).toMatchObject({ screen: 'confirm', serviceId: 'eid-renew', priority: 'senior' });
  });
  it('keeps one idempotency key across retries of the same tap', () => {
    const once = flow(atConfirm, { type: 'confirmTap', idempotencyKey: 'kiosk-aaaaaaaa' });
    const twice = flow(once, { type: 'confirmTap', idempotencyKey: 'kiosk-bbbbbbbb' });
    expect(twice.idempotencyKey).toBe('kiosk-aaaaaaaa');
    expect(flow(flow(twice, { type: 'back' }), { type: 'go', screen: 'confirm' }).idempotencyKey).toBeNull();
  });
  it('forgets the identity once the ticket is issued, and everything on reset', () => {
    const issued = flow(atConfirm, { type: 'issued', ticket });
    expect(issued).toMatchObject({ screen: 'ticket', identity: null, representative: null, history: [] });
    expect(JSON.stringify(issued)).not.toContain('0501234567');
    expect(flow(issued, { type: 'reset' })).toEqual(INITIAL);
    expect(flow(issued, { type: 'back' })).toEqual(INITIAL);
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

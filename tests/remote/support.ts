/** A hub whose phone messages are captured (clear numbers, for the test only) and whose clock can move. */
import type { SmsGateway } from '../../main/hub/features/kiosk/sms.js';
import { HUB_MODULES } from '../../main/hub/modules.js';
import { remoteModule } from '../../main/hub/features/remote/module.js';
import { DEFAULT_REMOTE_SETTINGS, type RemoteSettings } from '../../main/hub/features/remote/settings.js';
import { api, openAllDay, startTestHub, type TestHub } from '../support/hub.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';

export class CapturingSms implements SmsGateway {
  readonly sent: { to: string; text: string }[] = [];
  failNext = false;
  send(to: string, text: string): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(new Error('provider down'));
    }
    this.sent.push({ to, text });
    return Promise.resolve();
  }
  /** The last one-time code sent to this number. */
  codeFor(to: string): string {
    const m = [...this.sent].reverse().find((s) => s.to === to && /\d{6}/.test(s.text));
    if (!m) throw new Error(`no code sent to ${to}`);
    return /(\d{6})/.exec(m.text)![1]!;
  }
}

export interface PhoneHub extends TestHub {
  sms: CapturingSms;
  clock: { now(): number; advance(ms: number): void };
}

export async function startPhoneHub(settings: Partial<RemoteSettings> = {}): Promise<PhoneHub> {
  const sms = new CapturingSms();
  let offset = 0;
  const clock = { now: () => Date.now() + offset, advance: (ms: number) => void (offset += ms) };
  const remote = remoteModule({ sms, settings: { ...DEFAULT_REMOTE_SETTINGS, ...settings } });
  const hub = await startTestHub({
    clock,
    // The clock is the real one moved on: keep walk-ins open whatever the hour the suite runs.
    catalogue: openAllDay(DEMO_CATALOGUE),
    modules: HUB_MODULES.map((m) => (m.name === 'remote' ? remote : m)),
  });
  return Object.assign(hub, { sms, clock });
}

let deviceSeq = 0;
export const newDeviceId = () => `test-device-${String(++deviceSeq).padStart(8, '0')}`;

/** Asks for a code and confirms it: the whole remote join, returning the confirm reply. */
export async function joinRemotely(
  hub: PhoneHub,
  mobile: string,
  serviceId = 'eid-renew',
  deviceId = newDeviceId(),
) {
  const asked = await api(hub.url, 'POST', '/remote/code', undefined, { serviceId, mobile, deviceId });
  if (asked.status !== 200) return asked;
  const normalised = `+971${mobile.replace(/^0/, '')}`;
  return api(hub.url, 'POST', '/remote/join', undefined, {
    requestId: asked.body.requestId,
    code: hub.sms.codeFor(normalised),
    deviceId,
  });
}

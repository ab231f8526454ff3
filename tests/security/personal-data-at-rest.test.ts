/**
 * Personal data at rest: a real hub takes every flow that carries personal data (kiosk tickets
 * with an Emirates ID or mobile, the ticket SMS, assisted service requests with on-behalf names,
 * a floor assistant's live form, remote joining, web push, booking), then the database file and
 * its WAL and shared-memory files are searched byte for byte for the clear values, as typed,
 * normalised, and in UTF-8 and UTF-16. Staff-side readers still open what they need. Rows written
 * in clear by an older hub are sealed when the hub starts, and retention purges what is past its
 * period.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingModule } from '../../main/hub/features/booking/module.js';
import { DEFAULT_BOOKING_SETTINGS } from '../../main/hub/features/booking/settings.js';
import { HUB_MODULES } from '../../main/hub/modules.js';
import { remoteModule } from '../../main/hub/features/remote/module.js';
import { DEFAULT_REMOTE_SETTINGS } from '../../main/hub/features/remote/settings.js';
import { sha256 } from '../../main/hub/core/security.js';
import { startHub } from '../../main/hub/start.js';
import { ServiceRequestStore } from '../../main/hub/features/assisted/service-request-store.js';
import { keyringPath, loadKeyring } from '../../main/hub/core/personal-data/keyring.js';
import { isSealed, PersonalDataSealer } from '../../main/hub/core/personal-data/sealer.js';
import { purgePersonalData } from '../../main/hub/core/personal-data/retention.js';
import { DEFAULT_RETENTION, retentionFromEnv } from '../../main/hub/core/personal-data/config.js';
import { HelpDesk } from '../../main/hub/features/assisted/help-desk.js';
import { pushSubscriptionOf } from '../../main/hub/features/remote/push-store.js';
import { clearExpiredIdentity } from '../../main/hub/features/sync/retention.js';
import { mapOutboxEntry } from '../../main/hub/features/sync/map-event.js';
import { pendingEntries } from '../../main/hub/features/sync/sync-store.js';
import type { HelpRequest, SubmittedRequest } from '../../shared/contract/assisted.js';
import type { Visit } from '../../shared/contract/visit.js';
import { normaliseEmiratesId } from '../../shared/domain/identity.js';
import { api, connect, emitAck, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';
import { validEmiratesId } from '../assisted/support.js';
import { CapturingSms } from '../remote/support.js';
import { clearOnDisk, encodingsOf, type Needle } from './clear-on-disk.js';

const WEBSITE = 'website-token-sealed-0123456789';
/** Sunday 2 March 2025, 09:50 in Dubai: a booking slot at 10:00 is open. */
const START = Date.UTC(2025, 2, 2, 5, 50);
const DAY = 86_400_000;

// Distinctive clear values; each must appear nowhere in the database files.
const EID = validEmiratesId('78419901234567'); // 784-1990-1234567-C, as typed
const EID_DIGITS = normaliseEmiratesId(EID)!;
const EID_BOOKING = validEmiratesId('78419857654321');
const MOBILE_LOCAL = '0501234567';
const MOBILE_INTL = '+971501234567';
const MOBILE_REMOTE = '0527654321';
const NAME_EN = 'Zubaida Qasimi';
const NAME_AR = 'زبيدة القاسمي';
const ON_BEHALF = 'Haroun Bakhtiar';
const REPRESENTATIVE = 'Rashid Representative';
const REPRESENTATIVE_AR = 'راشد الوكيل';
const EMAIL = 'zubaida.sealed@example.ae';
const AREA = 'Jumeirah Sealedtest';
const MAKANI = '3141592653';
const PUSH_ENDPOINT = 'https://push.example.test/send/sealed-endpoint-7f3a9c';
const PUSH_P256DH = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 0x5a)]).toString('base64url');
const PUSH_AUTH = Buffer.from('sealed-auth-16by').toString('base64url');

/** Each clear value in the forms it could take on disk. */
function needles(): Needle[] {
  const values: [string, string[]][] = [
    ['Emirates ID', [EID, EID_DIGITS, EID_DIGITS.slice(3)]],
    ['booking Emirates ID', [EID_BOOKING, normaliseEmiratesId(EID_BOOKING)!]],
    ['mobile', [MOBILE_LOCAL, MOBILE_INTL, '971501234567', '501234567', '050 123 4567']],
    ['remote mobile', [MOBILE_REMOTE, '+971527654321', '527654321']],
    ['name', [NAME_EN, NAME_AR, ON_BEHALF, REPRESENTATIVE, REPRESENTATIVE_AR]],
    ['other form fields', [EMAIL, AREA, MAKANI]],
    ['push subscription', [PUSH_ENDPOINT, 'sealed-endpoint-7f3a9c', PUSH_P256DH, PUSH_AUTH]],
  ];
  return values.flatMap(([label, forms]) => forms.flatMap((v) => encodingsOf(`${label} "${v}"`, v)));
}

/** Which clear values appear in the hub's database, WAL or shared-memory file. */
const clearValuesOnDisk = (dir: string): string[] => clearOnDisk(dir, needles());

const sealerOf = (dir: string) => new PersonalDataSealer(loadKeyring(keyringPath(dir)));

/**
 * Turns a closed hub database back into what a hub before migration 0019 wrote: the representative's
 * name in clear in the visit's document, no column for it, the schema at version 18.
 */
function asWrittenBefore0019(file: string, visitId: string, name: string): void {
  const db = new Database(file);
  try {
    db.transaction(() => {
      db.prepare(
        `UPDATE visits SET doc = json_set(doc, '$.representative.name', ?), representative_name = NULL WHERE id = ?`,
      ).run(name, visitId);
      db.exec('ALTER TABLE visits DROP COLUMN representative_name');
      // And before 0020 (the staff's notes in their own sealed columns), which came after it.
      db.exec('DROP INDEX visits_notes; DROP INDEX visit_events_notes');
      db.exec('ALTER TABLE visits DROP COLUMN notes');
      db.exec('ALTER TABLE visit_events DROP COLUMN notes');
      db.prepare('DELETE FROM schema_migrations WHERE version IN (19, 20)').run();
      db.pragma('user_version = 18');
    })();
  } finally {
    db.close();
  }
}

describe('personal data at rest on a hub that took every flow', () => {
  let hub: TestHub;
  const sockets: Socket[] = [];
  const sms = new CapturingSms();
  const submitted: string[] = [];
  let remoteVisitId = '';

  beforeAll(async () => {
    const offset = START - Date.now();
    hub = await startTestHub({
      clock: { now: () => Date.now() + offset },
      modules: HUB_MODULES.map((m) =>
        m.name === 'booking'
          ? bookingModule({
              settings: {
                ...DEFAULT_BOOKING_SETTINGS,
                sources: [{ name: 'website', tokenHash: sha256(WEBSITE) }],
              },
            })
          : m.name === 'remote'
            ? remoteModule({
                sms,
                settings: { ...DEFAULT_REMOTE_SETTINGS, notifyWhenAhead: 0 },
                // Nothing leaves the machine: the subscription is stored, never pushed to.
                notifier: { notify: () => Promise.resolve() },
              })
            : m,
      ),
    });
    const kiosk = `Device ${KIOSK_KEY}`;

    // Kiosk tickets identified by Emirates ID (as typed) and by mobile; the ticket link by SMS.
    const byEid = await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId: 'eid-renew',
      identity: { kind: 'emiratesId', value: EID },
      idempotencyKey: 'sealed-eid-ticket-0001',
    });
    expect(byEid.status).toBe(200);
    const byMobile = await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId: 'licence-renew',
      identity: { kind: 'mobile', value: MOBILE_LOCAL },
      idempotencyKey: 'sealed-mobile-ticket-0001',
    });
    expect(byMobile.status).toBe(200);
    const visit = (byEid.body as { visit: { id: string; publicToken: string } }).visit;
    const smsSent = await api(hub.url, 'POST', '/kiosk/sms', kiosk, {
      visitId: visit.id,
      mobile: MOBILE_INTL,
      token: visit.publicToken,
    });
    expect(smsSent.status).toBe(200);

    // An assisted service request at the kiosk, on behalf of someone, with every personal field.
    const own = await api(hub.url, 'POST', '/service-requests', kiosk, {
      serviceId: 'eid-renew',
      data: {
        emiratesId: EID,
        mobile: MOBILE_LOCAL,
        email: EMAIL,
        address: { emirate: 'dubai', area: AREA, makani: MAKANI },
        validityYears: 5,
      },
      documents: ['eid-card', 'photo'],
      onBehalf: { relation: 'family', authorisation: 'consent_in_person', name: ON_BEHALF },
      idempotencyKey: 'sealed-request-0001',
    });
    expect(own.status).toBe(201);
    submitted.push((own.body as unknown as SubmittedRequest).request.number);

    // A floor assistant helps at the kiosk: the live form carries a name and a mobile, then submits.
    const floor = await connect(hub.url, '/counter', { token: await login(hub.url, 'floor', '112233') });
    const k = await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
    sockets.push(floor, k);
    const raised = await emitAck<HelpRequest>(k, 'raiseHelp', {
      serviceId: 'tenancy-attest',
      reason: 'form_help',
    });
    if (!raised.ok) throw new Error(raised.error.message);
    expect((await emitAck(floor, 'acceptHelp', { requestId: raised.data.id })).ok).toBe(true);
    const live = { tenantEmiratesId: EID, mobile: MOBILE_INTL, landlordName: NAME_AR };
    expect((await emitAck(k, 'formUpdate', { requestId: raised.data.id, fields: live })).ok).toBe(true);
    const assisted = await api(
      hub.url,
      'POST',
      '/service-requests',
      `Bearer ${await login(hub.url, 'floor', '112233')}`,
      {
        serviceId: 'tenancy-attest',
        data: {
          tenantEmiratesId: EID_DIGITS,
          mobile: MOBILE_INTL,
          email: EMAIL,
          landlordName: `${NAME_EN} ${NAME_AR}`,
          propertyAddress: { emirate: 'dubai', area: AREA },
          annualRentAed: 85000,
          startDate: '2025-04-01',
          endDate: '2026-03-31',
          premisesType: 'apartment',
        },
        documents: ['contract', 'title-deed', 'eid-card'],
        helpRequestId: raised.data.id,
        idempotencyKey: 'sealed-request-0002',
      },
    );
    expect(assisted.status).toBe(201);
    submitted.push((assisted.body as unknown as SubmittedRequest).request.number);

    // Joining the queue from a phone, then web push on that ticket's page.
    const deviceId = 'sealed-phone-device-0001';
    const asked = await api(hub.url, 'POST', '/remote/code', undefined, {
      serviceId: 'eid-renew',
      mobile: MOBILE_REMOTE,
      deviceId,
    });
    expect(asked.status).toBe(200);
    const joined = await api(hub.url, 'POST', '/remote/join', undefined, {
      requestId: asked.body.requestId,
      code: sms.codeFor('+971527654321'),
      deviceId,
    });
    expect(joined.status).toBe(200);
    const token = String(joined.body.statusPath).replace('/t/', '');
    remoteVisitId = hub.hub.state.tokens.get(token)!;
    const pushed = await api(hub.url, 'POST', `/public/tickets/${token}/push`, undefined, {
      endpoint: PUSH_ENDPOINT,
      keys: { p256dh: PUSH_P256DH, auth: PUSH_AUTH },
      language: 'en',
    });
    expect(pushed.status).toBe(201);

    // Booking from the website, by Emirates ID and by mobile.
    for (const who of [{ emiratesId: EID_BOOKING }, { mobile: MOBILE_LOCAL }]) {
      const booked = await api(hub.url, 'POST', '/booking/appointments', `Bearer ${WEBSITE}`, {
        serviceId: 'residency-renew',
        startsAt: Date.UTC(2025, 2, 2, 6, 0),
        ...who,
      });
      expect(booked.status).toBe(201);
    }
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await hub?.cleanup();
  });

  it('keeps no clear identity number, mobile, name or form field in the database, its WAL or shm', () => {
    expect(clearValuesOnDisk(hub.dir)).toEqual([]);
  });

  it('stores the service requests sealed, and the hub still opens them for the staff-side readers', () => {
    const rows = hub.hub.db
      .prepare('SELECT number, data, on_behalf FROM service_requests ORDER BY number')
      .all() as { number: string; data: string; on_behalf: string | null }[];
    expect(rows.map((r) => r.number)).toEqual(submitted);
    expect(rows.every((r) => isSealed(r.data))).toBe(true);
    expect(isSealed(rows[0]!.on_behalf!)).toBe(true);
    const store = new ServiceRequestStore(hub.hub.db, sealerOf(hub.dir));
    expect(store.data(submitted[0]!)).toMatchObject({ emiratesId: EID, email: EMAIL });
    expect(store.get(submitted[0]!)?.onBehalf?.name).toBe(ON_BEHALF);
    expect(store.data(submitted[1]!)).toMatchObject({ landlordName: `${NAME_EN} ${NAME_AR}` });
    const push = pushSubscriptionOf(hub.hub.db, sealerOf(hub.dir), remoteVisitId);
    expect(push).toMatchObject({ endpoint: PUSH_ENDPOINT, p256dh: PUSH_P256DH, auth: PUSH_AUTH });
  });

  it('after the retention periods, purges request data, remote codes, notifications and push subscriptions', () => {
    const db = hub.hub.db;
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT COUNT(*) AS n FROM remote_codes')).toBe(1);
    expect(count('SELECT COUNT(*) AS n FROM remote_push_subscriptions')).toBe(1);
    expect(count('SELECT COUNT(*) AS n FROM sms_messages')).toBeGreaterThan(0);
    // Each feature keeping personal data or a log table purges its own tables (one owner per table).
    expect([...hub.personalData.retentionSteps.features].sort()).toEqual([
      'assisted',
      'manager',
      'remote',
      'sms',
      'sync',
    ]);
    const now = hub.hub.clock.now();
    const early = purgePersonalData(db, hub.personalData.retentionSteps, {
      now: now + DAY,
      periods: DEFAULT_RETENTION,
      waitForSync: false,
    });
    expect(early).toEqual({
      serviceRequests: 0,
      remoteCodes: 0,
      notifications: 0,
      pushSubscriptions: 0,
      smsMessages: 0,
      logs: 0,
    });
    // With central configured, a request keeps its data until its status changes were sent.
    const later = now + (DEFAULT_RETENTION.requestDataDays + 1) * DAY;
    const waiting = purgePersonalData(db, hub.personalData.retentionSteps, {
      now: later,
      periods: DEFAULT_RETENTION,
      waitForSync: true,
    });
    expect(waiting).toMatchObject({ serviceRequests: 0, remoteCodes: 1, pushSubscriptions: 1 });
    const purged = purgePersonalData(db, hub.personalData.retentionSteps, {
      now: later,
      periods: DEFAULT_RETENTION,
      waitForSync: false,
    });
    expect(purged.serviceRequests).toBe(2);
    const store = new ServiceRequestStore(db, sealerOf(hub.dir));
    expect(store.data(submitted[0]!)).toBeUndefined();
    expect(store.get(submitted[0]!)).toMatchObject({
      number: submitted[0],
      status: 'submitted',
      onBehalf: null,
    });
    expect(count('SELECT COUNT(*) AS n FROM remote_codes')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM remote_push_subscriptions')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM sms_messages')).toBe(0);
  });

  it('purges the database logs past their period, keeping alerts still open', () => {
    const db = hub.hub.db;
    const now = hub.hub.clock.now();
    const old = now - (DEFAULT_RETENTION.logDays + 1) * DAY;
    db.prepare(
      `INSERT INTO config_audit (at, staff_id, what, before, after) VALUES (?, 's-manager', 'x', '{}', '{}')`,
    ).run(old);
    const alert = db.prepare(
      `INSERT INTO alerts (id, kind, subject, detail, raised_at, cleared_at) VALUES (?, 'sync_lagging', ?, '{}', ?, ?)`,
    );
    alert.run('old-cleared', 'a', old, old + 1);
    alert.run('old-open', 'b', old, null);
    const purged = purgePersonalData(db, hub.personalData.retentionSteps, {
      now,
      periods: DEFAULT_RETENTION,
      waitForSync: false,
    });
    expect(purged.logs).toBe(2);
    const alerts = (db.prepare(`SELECT id FROM alerts WHERE id LIKE 'old-%'`).all() as { id: string }[]).map(
      (r) => r.id,
    );
    expect(alerts).toEqual(['old-open']);
  });

  it('seals the name of whoever takes a ticket for the citizen; the staff still see it; retention clears it', async () => {
    const issued = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: 'eid-renew',
      representative: { name: REPRESENTATIVE, relation: 'son' },
      idempotencyKey: 'sealed-representative-0001',
    });
    expect(issued.status).toBe(200);
    const id = (issued.body as { visit: { id: string } }).visit.id;
    const row = () =>
      hub.hub.db.prepare('SELECT doc, representative_name FROM visits WHERE id = ?').get(id) as {
        doc: string;
        representative_name: string | null;
      };
    expect(clearValuesOnDisk(hub.dir)).toEqual([]);
    expect(JSON.parse(row().doc).representative).toEqual({ relation: 'son' });
    expect(isSealed(row().representative_name!)).toBe(true);
    // The counter works from the hub's memory, and the staff's visit record opens the sealed name.
    expect(hub.hub.visit(id)?.representative).toEqual({ name: REPRESENTATIVE, relation: 'son' });
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const record = await api(hub.url, 'GET', `/visits/${id}`, manager);
    expect(record.status).toBe(200);
    expect((record.body as { visit: Visit }).visit.representative).toEqual({
      name: REPRESENTATIVE,
      relation: 'son',
    });
    // Central receives what it did before: that someone came on the citizen's behalf, never who.
    const outbox = pendingEntries(hub.hub.db, 1000).filter((e) => e.visit.id === id);
    expect(outbox.length).toBeGreaterThan(0);
    for (const entry of outbox) {
      const mapped = mapOutboxEntry(entry, 'centre-1', hub.hub.catalogue);
      if (mapped.kind === 'event') expect(mapped.event.data).toMatchObject({ onBehalf: true });
      expect(JSON.stringify(mapped)).not.toContain(REPRESENTATIVE);
    }

    const later = hub.hub.clock.now() + 91 * DAY;
    expect(
      clearExpiredIdentity(hub.hub.db, { now: later, retentionDays: 90, waitForSync: false }),
    ).toBeGreaterThan(0);
    expect(row().representative_name).toBeNull();
    expect(JSON.parse(row().doc).representative).toEqual({ relation: 'son' });
  });
});

describe('a hub upgraded from clear storage', () => {
  it('seals the clear rows an older hub wrote, before it serves, and leaves no clear bytes behind', async () => {
    const first = await startTestHub();
    const legacy = JSON.stringify({ emiratesId: EID, mobile: MOBILE_LOCAL, landlordName: NAME_AR });
    const onBehalf = JSON.stringify({ relation: 'family', authorisation: 'guardian', name: ON_BEHALF });
    // What the hub before sealing wrote: the form's data and the on-behalf name as JSON text.
    first.hub.db
      .prepare(
        `INSERT INTO service_requests (number, service_id, agency_id, status, data, documents, language,
           on_behalf, idempotency_key, submitted_at)
         VALUES ('SR-20240101-0001', 'eid-renew', 'icp', 'submitted', ?, '[]', 'ar', ?, 'legacy-request-0001', ?)`,
      )
      .run(legacy, onBehalf, Date.now());
    const issued = await api(first.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: 'eid-renew',
      representative: { name: REPRESENTATIVE_AR, relation: 'brother' },
      idempotencyKey: 'legacy-representative-0001',
    });
    expect(issued.status).toBe(200);
    const visitId = (issued.body as { visit: { id: string } }).visit.id;
    await first.stop();
    asWrittenBefore0019(join(first.dir, 'hub.sqlite'), visitId, REPRESENTATIVE_AR);
    expect(clearValuesOnDisk(first.dir).length).toBeGreaterThan(0);

    const again = await startHub({ dataDir: first.dir, identityKey: 'test-identity-key-0123456789-abcdef' });
    try {
      expect(clearValuesOnDisk(first.dir)).toEqual([]);
      const store = new ServiceRequestStore(again.hub.db, sealerOf(first.dir));
      expect(store.data('SR-20240101-0001')).toEqual(JSON.parse(legacy));
      expect(store.get('SR-20240101-0001')?.onBehalf?.name).toBe(ON_BEHALF);
      // The ticket is still open: the counter sees the name the older hub kept in the document.
      expect(again.hub.visit(visitId)?.representative).toEqual({
        name: REPRESENTATIVE_AR,
        relation: 'brother',
      });
    } finally {
      await again.stop();
    }
    // The purge runs when the hub starts (and hourly): a month later the form's data is gone.
    const monthLater = { now: () => Date.now() + 31 * DAY };
    const later = await startHub({
      dataDir: first.dir,
      identityKey: 'test-identity-key-0123456789-abcdef',
      clock: monthLater,
    });
    try {
      const store = new ServiceRequestStore(later.hub.db, sealerOf(first.dir));
      expect(store.data('SR-20240101-0001')).toBeUndefined();
      expect(store.get('SR-20240101-0001')).toMatchObject({ status: 'submitted', onBehalf: null });
    } finally {
      await later.stop();
      await first.cleanup();
    }
  });
});

describe('retention of what is not in the database', () => {
  it('drops a help request’s live form when it closes, and forgets requests past their retention', () => {
    let now = START;
    let n = 0;
    const desk = new HelpDesk({ now: () => now, newId: () => `help-${++n}`, keepMs: 30 * 60_000 });
    const open = desk.raise({
      kioskId: 'k1',
      location: 'Hall',
      serviceId: null,
      reason: 'form_help',
      language: 'ar',
    });
    const closing = desk.raise({
      kioskId: 'k2',
      location: 'Hall',
      serviceId: null,
      reason: 'form_help',
      language: 'ar',
    });
    desk.update(open.id, 'kiosk', { mobile: MOBILE_LOCAL });
    desk.update(closing.id, 'kiosk', { mobile: MOBILE_INTL });
    desk.close(closing.id);
    expect(desk.form(closing.id)).toBeUndefined();
    expect(desk.form(open.id)?.fields.mobile?.value).toBe(MOBILE_LOCAL);
    now += 31 * 60_000;
    desk.forget();
    expect(desk.get(open.id)).toBeUndefined();
    expect(desk.form(open.id)).toBeUndefined();
  });

  it('reads the periods from the environment and refuses a bad one, naming it', () => {
    expect(retentionFromEnv({})).toEqual(DEFAULT_RETENTION);
    expect(retentionFromEnv({ DAWR_REQUEST_DATA_RETENTION_DAYS: '7' }).requestDataDays).toBe(7);
    expect(() => retentionFromEnv({ DAWR_REMOTE_CODE_RETENTION_DAYS: '0' })).toThrow(
      /DAWR_REMOTE_CODE_RETENTION_DAYS/,
    );
    expect(() => retentionFromEnv({ DAWR_LOG_RETENTION_DAYS: 'a year' })).toThrow(/DAWR_LOG_RETENTION_DAYS/);
  });
});

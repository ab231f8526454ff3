/**
 * The sealing of personal data at rest: AES-256-GCM values that refuse tampering, another key and
 * another row; a keyring kept in the data folder (0600); and rotation that adds a key, re-seals
 * every stored value with it in one transaction, and keeps older values readable.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../main/hub/core/store/database.js';
import {
  addKey,
  keyringPath,
  loadKeyring,
  loadOrCreateKeyring,
} from '../../main/hub/core/personal-data/keyring.js';
import {
  isSealed,
  PersonalDataSealer,
  sealedKeyId,
  SealError,
} from '../../main/hub/core/personal-data/sealer.js';
import {
  sealedColumnContext,
  sealStoredPersonalData,
} from '../../main/hub/core/personal-data/sealed-columns.js';
import { rotatePersonalDataKey } from '../../main/hub/core/personal-data/rotate.js';
import { ServiceRequestStore } from '../../main/hub/features/assisted/service-request-store.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';

const dirs: string[] = [];
const dbs: Db[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'dawr-seal-'));
  dirs.push(d);
  return d;
};
const openDb = (dir: string) => {
  const db = openDatabase(join(dir, 'hub.sqlite'), {
    migrations: HUB_MIGRATIONS,
    backgroundCheckpoints: false,
  });
  dbs.push(db);
  return db;
};
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const CONTEXT = sealedColumnContext('service_requests', 'data', 'SR-20250101-0001');
const CLEAR = '{"emiratesId":"784-1990-1234567-1","name":"Fatima Al Mansouri"}';

/** Flips one bit of a byte in one part of a sealed value (2: nonce, 3: ciphertext+tag); negative counts from the end. */
function tamper(sealed: string, part: 2 | 3, byte: number): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[part]!, 'base64url');
  const i = byte < 0 ? bytes.length + byte : byte;
  bytes[i] = bytes[i]! ^ 0x01;
  parts[part] = bytes.toString('base64url');
  return parts.join('.');
}

describe('the sealer', () => {
  it('round-trips, never shows the clear text, and gives a fresh nonce each time', () => {
    const sealer = new PersonalDataSealer(loadOrCreateKeyring(tempDir()));
    const a = sealer.seal(CLEAR, CONTEXT);
    const b = sealer.seal(CLEAR, CONTEXT);
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(isSealed(a)).toBe(true);
    expect(isSealed(CLEAR)).toBe(false);
    expect(sealedKeyId(a)).toBe(sealer.currentKeyId);
    expect(a).not.toBe(b);
    expect(a).not.toContain('784');
    expect(sealer.unseal(a, CONTEXT)).toBe(CLEAR);
    expect(sealer.unseal(b, CONTEXT)).toBe(CLEAR);
  });

  it('refuses a tampered value: ciphertext, tag, nonce or key id', () => {
    const dir = tempDir();
    const older = loadOrCreateKeyring(dir).current;
    const sealer = new PersonalDataSealer(addKey(keyringPath(dir)));
    const sealed = sealer.seal(CLEAR, CONTEXT);
    const [v, keyId, nonce, body] = sealed.split('.') as [string, string, string, string];
    // Naming the other (known) key in the header: the header is authenticated too.
    expect(() => sealer.unseal(`${v}.${older}.${nonce}.${body}`, CONTEXT)).toThrow(/failed authentication/);
    expect(() => sealer.unseal(tamper(sealed, 3, -1), CONTEXT)).toThrow(SealError); // tag
    expect(() => sealer.unseal(tamper(sealed, 3, 0), CONTEXT)).toThrow(SealError); // ciphertext
    expect(() => sealer.unseal(tamper(sealed, 2, 5), CONTEXT)).toThrow(SealError); // nonce
    expect(() => sealer.unseal(`${v}.${keyId}x.${nonce}.${body}`, CONTEXT)).toThrow(SealError);
    expect(() => sealer.unseal(`${v}.${keyId}.${nonce}.${body.slice(0, 10)}`, CONTEXT)).toThrow(SealError);
    expect(() => sealer.unseal(CLEAR, CONTEXT)).toThrow(SealError);
  });

  it('refuses a value moved to another row or column', () => {
    const sealer = new PersonalDataSealer(loadOrCreateKeyring(tempDir()));
    const sealed = sealer.seal(CLEAR, CONTEXT);
    expect(() =>
      sealer.unseal(sealed, sealedColumnContext('service_requests', 'data', 'SR-20250101-0002')),
    ).toThrow(SealError);
    expect(() =>
      sealer.unseal(sealed, sealedColumnContext('service_requests', 'on_behalf', 'SR-20250101-0001')),
    ).toThrow(SealError);
  });

  it('refuses to open with another keyring, even one whose key has the same id', () => {
    const dir = tempDir();
    const sealer = new PersonalDataSealer(loadOrCreateKeyring(dir));
    const sealed = sealer.seal(CLEAR, CONTEXT);
    const stranger = new PersonalDataSealer(loadOrCreateKeyring(tempDir()));
    expect(() => stranger.unseal(sealed, CONTEXT)).toThrow(/no personal-data key/);
    // Same key id, different key bytes: authentication fails.
    const file = JSON.parse(readFileSync(keyringPath(dir), 'utf8')) as { keys: { key: string }[] };
    file.keys[0]!.key = Buffer.alloc(32, 7).toString('base64url');
    const forgedDir = tempDir();
    writeFileSync(keyringPath(forgedDir), JSON.stringify(file));
    expect(() => new PersonalDataSealer(loadKeyring(keyringPath(forgedDir))).unseal(sealed, CONTEXT)).toThrow(
      /failed authentication/,
    );
  });
});

describe('the keyring', () => {
  it('is created once, mode 0600, and kept across loads', () => {
    const dir = tempDir();
    const first = loadOrCreateKeyring(dir);
    expect(statSync(keyringPath(dir)).mode & 0o777).toBe(0o600);
    const again = loadOrCreateKeyring(dir);
    expect(again.current).toBe(first.current);
    expect(again.keys.get(first.current)?.equals(first.keys.get(first.current)!)).toBe(true);
  });

  it('refuses a damaged keyring with a clear message', () => {
    const dir = tempDir();
    writeFileSync(keyringPath(dir), JSON.stringify({ version: 1, current: 'a', keys: [] }));
    expect(() => loadOrCreateKeyring(dir)).toThrow(/personal-data\.key/);
    writeFileSync(keyringPath(dir), 'not json');
    expect(() => loadOrCreateKeyring(dir)).toThrow(/not a readable keyring/);
  });

  it('a running sealer reads a key added after it started (rotation from the command line)', () => {
    const dir = tempDir();
    const path = keyringPath(dir);
    const running = new PersonalDataSealer(loadOrCreateKeyring(dir), () => loadKeyring(path));
    const rotated = new PersonalDataSealer(addKey(path));
    expect(rotated.currentKeyId).not.toBe(running.currentKeyId);
    expect(running.unseal(rotated.seal(CLEAR, CONTEXT), CONTEXT)).toBe(CLEAR);
  });
});

describe('rotation and the start-up pass', () => {
  const request = (n: number) => ({
    serviceId: 'eid-renew',
    agencyId: 'ica',
    businessDay: '2025-01-01',
    data: { emiratesId: '784-1990-1234567-1', mobile: '0501234567', n },
    documents: [],
    language: 'ar' as const,
    kioskId: null,
    helpRequestId: null,
    assistedBy: null,
    onBehalf: { relation: 'family' as const, authorisation: 'guardian' as const, name: 'Omar Haddad' },
    idempotencyKey: `rotation-${n}-0000`,
    at: 1_735_700_000_000 + n,
  });
  const storedValues = (db: Db) =>
    db.prepare('SELECT number, data, on_behalf FROM service_requests ORDER BY number').all() as {
      number: string;
      data: string;
      on_behalf: string;
    }[];

  it('re-seals every row with the new key in one pass; old and new rows stay readable', () => {
    const dir = tempDir();
    const db = openDb(dir);
    const before = new PersonalDataSealer(loadOrCreateKeyring(dir), () => loadKeyring(keyringPath(dir)));
    const store = new ServiceRequestStore(db, before);
    const numbers = [1, 2, 3].map((n) => store.create(request(n)).request.number);
    const oldKey = before.currentKeyId;
    expect(storedValues(db).every((r) => sealedKeyId(r.data) === oldKey)).toBe(true);

    const result = rotatePersonalDataKey(dir, db);
    expect(result).toMatchObject({ previousKeyId: oldKey, resealed: 6, sealed: 0 });
    expect(result.keyId).not.toBe(oldKey);
    const rows = storedValues(db);
    expect(rows.every((r) => sealedKeyId(r.data) === result.keyId)).toBe(true);
    expect(rows.every((r) => sealedKeyId(r.on_behalf) === result.keyId)).toBe(true);
    // The old key is kept (backups need it), and both keyrings read the re-sealed rows.
    expect(loadKeyring(keyringPath(dir)).keys.has(oldKey)).toBe(true);
    for (const reader of [before, new PersonalDataSealer(loadKeyring(keyringPath(dir)))]) {
      const s = new ServiceRequestStore(db, reader);
      expect(numbers.map((n) => s.data(n)?.n)).toEqual([1, 2, 3]);
      expect(s.get(numbers[0]!)?.onBehalf?.name).toBe('Omar Haddad');
    }
    // A second pass finds nothing left to do.
    expect(sealStoredPersonalData(db, new PersonalDataSealer(loadKeyring(keyringPath(dir))))).toEqual({
      sealed: 0,
      resealed: 0,
    });
  });

  it('seals rows written in clear before sealing existed, and refuses nothing it can read', () => {
    const dir = tempDir();
    const db = openDb(dir);
    db.prepare(
      `INSERT INTO service_requests (number, service_id, agency_id, status, data, documents, language,
         on_behalf, idempotency_key, submitted_at)
       VALUES ('SR-20240101-0001', 'eid-renew', 'ica', 'submitted', ?, '[]', 'ar', ?, 'legacy-0001', 1)`,
    ).run(
      JSON.stringify({ emiratesId: '784199012345671' }),
      JSON.stringify({ relation: 'family', authorisation: 'guardian', name: 'Omar Haddad' }),
    );
    const sealer = new PersonalDataSealer(loadOrCreateKeyring(dir));
    expect(sealStoredPersonalData(db, sealer)).toEqual({ sealed: 2, resealed: 0 });
    const [row] = storedValues(db);
    expect(isSealed(row!.data) && isSealed(row!.on_behalf)).toBe(true);
    const store = new ServiceRequestStore(db, sealer);
    expect(store.data('SR-20240101-0001')).toEqual({ emiratesId: '784199012345671' });
    expect(store.get('SR-20240101-0001')?.onBehalf?.name).toBe('Omar Haddad');
  });

  it('a value that fails authentication stops the pass and changes nothing', () => {
    const dir = tempDir();
    const db = openDb(dir);
    const sealer = new PersonalDataSealer(loadOrCreateKeyring(dir));
    const store = new ServiceRequestStore(db, sealer);
    const [a, b] = [1, 2].map((n) => store.create(request(n)).request.number);
    const tampered = tamper(storedValues(db)[1]!.data, 3, 4);
    db.prepare('UPDATE service_requests SET data = ? WHERE number = ?').run(tampered, b);
    const snapshot = storedValues(db);
    addKey(keyringPath(dir));
    expect(() => sealStoredPersonalData(db, new PersonalDataSealer(loadKeyring(keyringPath(dir))))).toThrow(
      SealError,
    );
    expect(storedValues(db)).toEqual(snapshot);
    expect(store.data(a!)?.n).toBe(1);
  });
});

/**
 * The hub's service registry (main/hub/core/services/): features find each other's services by
 * identifier on the module context, one registry per hub, never through a process-wide look-up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubServices, serviceId } from '../../main/hub/core/services/registry.js';
import {
  ALERTS,
  BACKUPS,
  DEVICE_HEALTH,
  KIOSK_PRINTERS,
  MESSAGING,
  STORAGE_HEALTH,
} from '../../main/hub/core/services/ids.js';
import { CatalogueChanges } from '../../main/hub/core/services/catalogue-changes.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { api, startTestHub, type TestHub } from '../support/hub.js';

describe('HubServices', () => {
  const GREETER = serviceId<{ greet(): string }>('greeter');

  it('hands back what was provided under the identifier', () => {
    const services = new HubServices();
    const greeter = { greet: () => 'مرحبا' };
    expect(services.provide(GREETER, greeter)).toBe(greeter);
    expect(services.get(GREETER).greet()).toBe('مرحبا');
    expect(services.find(GREETER)).toBe(greeter);
  });

  it('refuses a second provider of the same service, keeping the first', () => {
    const services = new HubServices();
    const first = { greet: () => 'first' };
    services.provide(GREETER, first);
    expect(() => services.provide(GREETER, { greet: () => 'second' })).toThrow(/greeter.*already provided/);
    expect(services.get(GREETER)).toBe(first);
  });

  it('names the missing service on get, and find answers undefined', () => {
    const services = new HubServices();
    expect(() => services.get(GREETER)).toThrow(/no greeter service/);
    expect(services.find(GREETER)).toBeUndefined();
  });
});

describe('CatalogueChanges', () => {
  it('tells every listener, even after one throws, and stops telling one that unsubscribed', () => {
    const changes = new CatalogueChanges();
    const heard: string[] = [];
    changes.onApplied(() => {
      throw new Error('a broken listener');
    });
    const stop = changes.onApplied((c) => heard.push(c.centre.id));
    const original = console.error;
    console.error = () => {};
    try {
      changes.applied(DEMO_CATALOGUE);
      stop();
      changes.applied(DEMO_CATALOGUE);
    } finally {
      console.error = original;
    }
    expect(heard).toEqual([DEMO_CATALOGUE.centre.id]);
  });
});

describe('a hub with every module', () => {
  let a: TestHub;
  let b: TestHub;
  beforeAll(async () => {
    a = await startTestHub();
    b = await startTestHub();
  });
  afterAll(async () => {
    await a?.cleanup();
    await b?.cleanup();
  });

  it('offers each shared service once, and two hubs in one process never share one', () => {
    const shared: { name: string }[] = [
      ALERTS,
      BACKUPS,
      DEVICE_HEALTH,
      KIOSK_PRINTERS,
      MESSAGING,
      STORAGE_HEALTH,
    ];
    for (const id of shared) {
      expect(a.services.get(id), id.name).toBeDefined();
      expect(a.services.get(id), id.name).not.toBe(b.services.get(id));
    }
  });

  it('gives each hub its own phone state, though one remote module object serves both', async () => {
    // HUB_MODULES is one list of module objects for every hub of the process: the remote module's
    // settings, web-push keys and phone book must still be per hub (each hub stores its own keys).
    const keyOf = async (h: TestHub) => (await api(h.url, 'GET', '/public/push/key')).body.publicKey;
    const keyA = await keyOf(a);
    const keyB = await keyOf(b);
    expect(typeof keyA).toBe('string');
    expect(typeof keyB).toBe('string');
    expect(keyB).not.toBe(keyA);
  });

  it('keeps an alert raised in one hub out of the other', () => {
    a.services.get(ALERTS).raise('printer_offline', 'kiosk-t', { reason: 'offline' });
    expect(
      a.services
        .get(ALERTS)
        .list()
        .map((x) => x.kind),
    ).toContain('printer_offline');
    expect(
      b.services
        .get(ALERTS)
        .list()
        .map((x) => x.kind),
    ).not.toContain('printer_offline');
  });
});

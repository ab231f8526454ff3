import { describe, expect, it } from 'vitest';
import { ar } from '../../shared/i18n/ar.js';
import { en } from '../../shared/i18n/en.js';
import { APP_STRINGS } from '../../shared/i18n/apps/index.js';
import { ERROR_CODES } from '../../shared/domain/errors.js';
import { VisitEventType } from '../../shared/contract/visit.js';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('i18n catalogues', () => {
  it('Arabic and English have the same keys, everywhere', () => {
    expect(keys(en).sort()).toEqual(keys(ar).sort());
    for (const [app, strings] of Object.entries(APP_STRINGS)) {
      expect({ app, keys: Object.keys(strings.en).sort() }).toEqual({
        app,
        keys: Object.keys(strings.ar).sort(),
      });
    }
  });

  it('no string is empty, and interpolations match between the languages', () => {
    const vars = (t: string) => [...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const pairs: [string, string, string][] = [];
    const walk = (a: Record<string, unknown>, e: Record<string, unknown>, path: string) => {
      for (const k of Object.keys(a)) {
        const av = a[k];
        const ev = e[k];
        if (typeof av === 'string' && typeof ev === 'string') pairs.push([`${path}${k}`, av, ev]);
        else if (av && typeof av === 'object')
          walk(av as Record<string, unknown>, ev as Record<string, unknown>, `${path}${k}.`);
      }
    };
    walk(ar as unknown as Record<string, unknown>, en as unknown as Record<string, unknown>, '');
    for (const [app, s] of Object.entries(APP_STRINGS)) walk(s.ar, s.en, `${app}.`);
    for (const [key, a, e] of pairs) {
      expect({ key, empty: a.trim() === '' || e.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, vars: vars(a) }).toEqual({ key, vars: vars(e) });
    }
  });

  it('every hub error code has a message in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(ar.errors[code]).toBeTruthy();
      expect(en.errors[code]).toBeTruthy();
    }
  });

  it('the counter panel names every visit event type', () => {
    const counter = APP_STRINGS.counter!;
    for (const type of VisitEventType.options) {
      const key = `event_${type.replace('.', '_')}`;
      expect({ key, ar: Boolean(counter.ar[key]), en: Boolean(counter.en[key]) }).toEqual({
        key,
        ar: true,
        en: true,
      });
    }
  });
});

/**
 * Catalogue names per visitor language (issue #19): the fallback language → English → Arabic, the
 * schema that keeps older ar/en catalogues valid and refuses a language that is not shipped, and
 * the list of names a language still lacks.
 */
import { describe, expect, it } from 'vitest';
import { Catalogue, LocalizedText } from '../../shared/contract/catalogue.js';
import {
  localisedName,
  missingNames,
  visitorNames,
  withName,
} from '../../shared/contract/catalogue-names.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { VISITOR_LANGUAGES, type AddedLanguage } from '../../shared/i18n/languages.js';

const ADDED = VISITOR_LANGUAGES.filter((l): l is AddedLanguage => l !== 'ar' && l !== 'en');

describe('localisedName', () => {
  const name: LocalizedText = { ar: 'تجديد', en: 'Renew', ur: 'تجدید' };

  it('reads the language when the name has it', () => {
    expect(localisedName(name, 'ur')).toBe('تجدید');
    expect(localisedName(name, 'ar')).toBe('تجديد');
    expect(localisedName(name, 'en')).toBe('Renew');
  });

  it('falls back to English for a language the name lacks, never to Arabic first', () => {
    expect(localisedName(name, 'hi')).toBe('Renew');
    expect(localisedName(name, 'fa')).toBe('Renew');
  });

  it('falls back to Arabic when English is empty (an unvalidated name from an old client)', () => {
    expect(localisedName({ ar: 'تجديد', en: '' }, 'ml')).toBe('تجديد');
    expect(localisedName({ ar: 'تجديد', en: '', ml: '' }, 'ml')).toBe('تجديد');
  });
});

describe('LocalizedText schema', () => {
  it('keeps an Arabic-and-English name valid as it is', () => {
    expect(LocalizedText.parse({ ar: 'أ', en: 'A' })).toEqual({ ar: 'أ', en: 'A' });
  });

  it('accepts every shipped language and cleans it like the others', () => {
    const parsed = LocalizedText.parse({ ar: 'أ', en: 'A', bn: ' পরিচয় ', tl: 'Trapiko\u200B' });
    expect(parsed).toEqual({ ar: 'أ', en: 'A', bn: 'পরিচয়', tl: 'Trapiko' });
  });

  it('refuses a code that is not shipped, an empty name and a missing Arabic or English', () => {
    for (const bad of [
      { ar: 'أ', en: 'A', xx: 'x' },
      { ar: 'أ', en: 'A', UR: 'x' },
      { ar: 'أ', en: 'A', ur: '' },
      { ar: 'أ', en: 'A', hi: 'x'.repeat(201) },
      { ar: 'أ', ur: 'x' },
      { en: 'A', ur: 'x' },
    ]) {
      const r = LocalizedText.safeParse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
    }
    const unknown = LocalizedText.safeParse({ ar: 'أ', en: 'A', xx: 'x' });
    expect(unknown.error?.issues[0]?.message).toContain('not a shipped language: xx');
  });
});

describe('the demo catalogue', () => {
  it('names every agency, queue and service in every added language, and says they are machine-translated', () => {
    const c = Catalogue.parse(DEMO_CATALOGUE);
    for (const lang of ADDED) {
      for (const x of [...c.agencies, ...c.queues, ...c.services])
        expect(x.name[lang], `${x.id} ${lang}`).toBeTruthy();
    }
    expect([...(c.machineTranslatedNames ?? [])].sort()).toEqual([...ADDED].sort());
  });
});

describe('missing names', () => {
  it('lists what a language lacks, each shared document once', () => {
    const missing = missingNames(DEMO_CATALOGUE, 'ur');
    expect(missing.map((n) => n.kind)).not.toContain('service');
    expect(missing.filter((n) => n.kind === 'centre')).toHaveLength(1);
    const documents = missing.filter((n) => n.kind === 'document');
    const distinct = new Set(DEMO_CATALOGUE.services.flatMap((s) => s.requiredDocuments.map((d) => d.en)));
    expect(documents).toHaveLength(distinct.size);
    expect(visitorNames(DEMO_CATALOGUE).length).toBe(
      1 +
        DEMO_CATALOGUE.agencies.length +
        DEMO_CATALOGUE.services.length +
        DEMO_CATALOGUE.queues.length +
        distinct.size,
    );
  });

  it('filling a shared document fills it in every service, and only in that language', () => {
    const eid = missingNames(DEMO_CATALOGUE, 'hi').find(
      (n) => n.kind === 'document' && n.text.en.includes('Emirates ID'),
    )!;
    const next = withName(DEMO_CATALOGUE, eid, 'hi', 'मूल अमीरात आईडी कार्ड');
    const copies = next.services.flatMap((s) => s.requiredDocuments).filter((d) => d.en === eid.text.en);
    expect(copies.length).toBeGreaterThan(1);
    for (const d of copies) expect(d.hi).toBe('मूल अमीरात आईडी कार्ड');
    expect(missingNames(next, 'hi')).toHaveLength(missingNames(DEMO_CATALOGUE, 'hi').length - 1);
    expect(missingNames(next, 'ur')).toHaveLength(missingNames(DEMO_CATALOGUE, 'ur').length);
    // Pure: the demo catalogue itself is untouched.
    expect(DEMO_CATALOGUE.services.flatMap((s) => s.requiredDocuments).some((d) => d.hi)).toBe(false);
  });

  it('fills a centre, agency, queue or service name by id', () => {
    const next = withName(DEMO_CATALOGUE, { kind: 'centre', key: DEMO_CATALOGUE.centre.id }, 'tl', 'Sentro');
    expect(next.centre.name.tl).toBe('Sentro');
    const renamed = withName(next, { kind: 'queue', key: 'q-labour' }, 'tl', 'Trabaho');
    expect(renamed.queues.find((q) => q.id === 'q-labour')!.name.tl).toBe('Trabaho');
    expect(renamed.queues.find((q) => q.id === 'q-traffic')!.name.tl).toBe('Trapiko');
  });
});

describe('holiday and special-day reasons', () => {
  // The kiosk and the join page say why the centre is closed today; a Malayalam visitor read it in English.
  const withHolidays = Catalogue.parse({
    ...DEMO_CATALOGUE,
    centre: {
      ...DEMO_CATALOGUE.centre,
      closedDates: [
        { date: '2026-12-02', reason: { ar: 'عيد الاتحاد', en: 'National Day', ur: 'قومی دن' } },
        {
          date: '2026-12-31',
          reason: { ar: 'آخر السنة', en: 'Year end' },
          hours: { open: '07:30', close: '12:00' },
        },
      ],
    },
  });

  it('counts as a visitor name each language lacks, keyed by its date', () => {
    const holidays = (lang: AddedLanguage) =>
      missingNames(withHolidays, lang).filter((n) => n.kind === 'closedDate');
    expect(holidays('ml').map((n) => n.key)).toEqual(['2026-12-02', '2026-12-31']);
    expect(holidays('ur').map((n) => n.key)).toEqual(['2026-12-31']);
    expect(visitorNames(withHolidays).length).toBe(visitorNames(DEMO_CATALOGUE).length + 2);
  });

  it('is filled by its date, in that language only, the catalogue still valid', () => {
    const next = withName(withHolidays, { kind: 'closedDate', key: '2026-12-02' }, 'ml', 'ദേശീയ ദിനം');
    const days = Catalogue.parse(next).centre.closedDates!;
    expect(days[0]!.reason).toEqual({
      ar: 'عيد الاتحاد',
      en: 'National Day',
      ur: 'قومی دن',
      ml: 'ദേശീയ ദിനം',
    });
    expect(days[1]).toEqual(withHolidays.centre.closedDates![1]);
    expect(missingNames(next, 'ml')).toHaveLength(missingNames(withHolidays, 'ml').length - 1);
  });
});

describe('app catalogue coverage per language (the dashboard view)', () => {
  it('counts every visitor namespace as present and machine-translated', async () => {
    const { appCoverage, VISITOR_FACING_NAMESPACES } = await import('../../shared/i18n/locales/coverage.js');
    for (const lang of ADDED) {
      const cov = appCoverage(lang);
      expect(cov.map((c) => c.namespace)).toEqual([...VISITOR_FACING_NAMESPACES]);
      const of = (ns: string) => cov.find((c) => c.namespace === ns)!;
      for (const ns of cov)
        expect({ lang, ns: ns.namespace, missing: ns.missing }).toEqual({
          lang,
          ns: ns.namespace,
          missing: [],
        });
      // Every shipped added language is machine-translated (languages.ts): all present texts count.
      for (const ns of cov) expect(ns.machineTranslated).toBe(ns.total);
      expect(of('assisted').total).toBeGreaterThan(50);
    }
  });
});

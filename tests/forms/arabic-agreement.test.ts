/**
 * Arabic gender and case agreement (issue #15): a form's messages agree with the gender of each
 * field's label ("مدة صلاحية البطاقة مطلوبة", not "مطلوب"), counts of characters take the form their
 * number needs after a preposition, and a counted duration after a preposition is in the genitive
 * ("أكثر من دقيقتين", not "دقيقتان"). Over every field of every demo form and every count 0–12.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORMS } from '../../main/demo/forms.js';
import {
  arabicCharacters,
  arabicLabelGender,
  fieldErrorMessage,
} from '../../shared/domain/forms/messages.js';
import { compileForms } from '../../shared/domain/forms/validator.js';
import { counted, type CountedUnit, type Translate } from '../../shared/i18n/durations.js';
import { catalogueTranslate } from '../support/translate.js';

/** Every Arabic label of the demo forms and its head noun's gender, checked by hand. */
const GENDER_BY_LABEL: Record<string, 'masculine' | 'feminine'> = {
  'رقم الهوية الإماراتية': 'masculine',
  'رقم جواز السفر': 'masculine',
  'رقم الهاتف المتحرك': 'masculine',
  'البريد الإلكتروني': 'masculine',
  'العنوان في الدولة': 'masculine',
  الإمارة: 'feminine',
  المنطقة: 'feminine',
  'الشارع والمبنى': 'masculine',
  'رقم مكاني': 'masculine',
  'مدة صلاحية البطاقة': 'feminine',
  'نوع الكفالة': 'masculine',
  'اسم الكفيل': 'masculine',
  'رقم هوية الكفيل': 'masculine',
  'رقم رخصة القيادة': 'masculine',
  'رقم الملف المروري': 'masculine',
  'رقم نتيجة فحص النظر': 'masculine',
  'توصيل الرخصة إلى العنوان': 'masculine',
  'رقم هوية المستأجر': 'masculine',
  'اسم المالك': 'masculine',
  'عنوان العقار': 'masculine',
  'قيمة الإيجار السنوي (درهم)': 'feminine',
  'تاريخ بداية العقد': 'masculine',
  'تاريخ نهاية العقد': 'masculine',
  'نوع العقار': 'masculine',
  'رقم المنشأة': 'masculine',
  'اسم العامل كما في الجواز': 'masculine',
  'رقم جواز سفر العامل': 'masculine',
  الجنسية: 'feminine',
  'المسمى الوظيفي': 'masculine',
  'الراتب الشهري (درهم)': 'masculine',
  'تاريخ بدء العمل': 'masculine',
  'هاتف صاحب العمل': 'masculine',
};

/** The count of characters after عن/على, by hand: 1, 2, 3–10 plural, 11–99 accusative singular. */
const CHARACTERS: Record<number, string> = {
  0: '0 حرف',
  1: 'حرف واحد',
  2: 'حرفين',
  3: '3 أحرف',
  4: '4 أحرف',
  5: '5 أحرف',
  6: '6 أحرف',
  7: '7 أحرف',
  8: '8 أحرف',
  9: '9 أحرف',
  10: '10 أحرف',
  11: '11 حرفاً',
  12: '12 حرفاً',
};

const fields = DEMO_FORMS.flatMap((form) =>
  Object.entries(form.fields).map(([path, ui]) => ({ service: form.serviceId, path, ui })),
);

describe('form messages agree with each field’s label', () => {
  it('knows the gender of every demo form label', () => {
    expect(fields.length).toBeGreaterThan(20);
    for (const { service, path, ui } of fields) {
      const expected = GENDER_BY_LABEL[ui.label.ar];
      expect(expected, `${service}.${path}: «${ui.label.ar}» is missing from the table`).toBeDefined();
      expect(ui.arGender ?? arabicLabelGender(ui.label.ar), `${service}.${path}: «${ui.label.ar}»`).toBe(
        expected,
      );
    }
  });

  it('words required, length and range messages in the label’s gender, for every field and count 0–12', () => {
    for (const { service, path, ui } of fields) {
      const gender = GENDER_BY_LABEL[ui.label.ar]!;
      const f = gender === 'feminine';
      const where = `${service}.${path}`;
      const label = ui.label;
      const msg = (keyword: string, limit?: number) =>
        fieldErrorMessage(keyword, limit === undefined ? {} : { limit }, label, ui.arGender).ar;
      expect(msg('required'), where).toBe(`${label.ar} ${f ? 'مطلوبة' : 'مطلوب'}`);
      for (let n = 0; n <= 12; n++) {
        expect(msg('minLength', n), `${where} minLength ${n}`).toBe(
          `يجب ألا ${f ? 'تقل' : 'يقل'} ${label.ar} عن ${CHARACTERS[n]}`,
        );
        expect(msg('maxLength', n), `${where} maxLength ${n}`).toBe(
          `يجب ألا ${f ? 'تزيد' : 'يزيد'} ${label.ar} على ${CHARACTERS[n]}`,
        );
        expect(msg('minimum', n), `${where} minimum ${n}`).toBe(
          `يجب أن ${f ? 'تكون' : 'يكون'} ${label.ar} ${n} على الأقل`,
        );
        expect(msg('maximum', n), `${where} maximum ${n}`).toBe(
          `يجب ألا ${f ? 'تتجاوز' : 'يتجاوز'} ${label.ar} ${n}`,
        );
        const en = fieldErrorMessage('minLength', { limit: n }, label).en;
        expect(en).toBe(`${label.en} must be at least ${n} character${n === 1 ? '' : 's'}`);
      }
    }
  });

  it('counts characters as Arabic needs after a preposition, 0–12 and beyond', () => {
    for (let n = 0; n <= 12; n++) expect(arabicCharacters(n)).toBe(CHARACTERS[n]);
    expect(arabicCharacters(99)).toBe('99 حرفاً');
    expect(arabicCharacters(100)).toBe('100 حرف');
  });

  it('a field can name its gender where the label does not show it', () => {
    const sun = { ar: 'الشمس', en: 'Sun' };
    expect(fieldErrorMessage('required', {}, sun).ar).toBe('الشمس مطلوب');
    expect(fieldErrorMessage('required', {}, sun, 'feminine').ar).toBe('الشمس مطلوبة');
    expect(arabicLabelGender('الملاحظات')).toBe('feminine');
    expect(arabicLabelGender('بيانات العامل')).toBe('feminine');
    expect(arabicLabelGender('البيت')).toBe('masculine');
  });

  it('the hub’s validator says "مدة صلاحية البطاقة مطلوبة" for the demo form', () => {
    const forms = compileForms(
      DEMO_FORMS,
      DEMO_FORMS.map((f) => f.serviceId),
    );
    const form = DEMO_FORMS.find((f) =>
      Object.values(f.fields).some((u) => u.label.ar === 'مدة صلاحية البطاقة'),
    )!;
    const path = Object.entries(form.fields).find(([, u]) => u.label.ar === 'مدة صلاحية البطاقة')![0];
    const compiled = forms.get(form.serviceId)!;
    const result = compiled.validate({});
    expect(result.valid).toBe(false);
    const problem = result.valid ? undefined : result.errors.find((e) => e.field === path);
    expect(problem?.message.ar).toBe('مدة صلاحية البطاقة مطلوبة');
  });
});

describe('counted units after a preposition', () => {
  let ar: Translate;
  let en: Translate;
  beforeAll(async () => {
    ar = await catalogueTranslate('ar');
    en = await catalogueTranslate('en');
  });

  /** Nominative and genitive of each unit, 0–12, by hand. */
  const nouns: Record<CountedUnit, { one: string; two: [string, string]; few: string; many: string }> = {
    minutes: { one: 'دقيقة واحدة', two: ['دقيقتان', 'دقيقتين'], few: 'دقائق', many: 'دقيقة' },
    seconds: { one: 'ثانية واحدة', two: ['ثانيتان', 'ثانيتين'], few: 'ثوانٍ', many: 'ثانية' },
    tickets: { one: 'تذكرة واحدة', two: ['تذكرتان', 'تذكرتين'], few: 'تذاكر', many: 'تذكرة' },
  };

  for (const unit of ['minutes', 'seconds', 'tickets'] as const) {
    it(`${unit}: the dual is nominative alone and genitive after a preposition, 0–12`, () => {
      const w = nouns[unit];
      for (let n = 0; n <= 12; n++) {
        const genitive = counted(ar, unit, n, String, 'genitive');
        const expected =
          n === 0
            ? `0 ${w.many}`
            : n === 1
              ? w.one
              : n === 2
                ? w.two[1]
                : n <= 10
                  ? `${n} ${w.few}`
                  : `${n} ${w.many}`;
        expect(genitive, `${unit} ${n}`).toBe(expected);
        // The nominative differs only in the dual (and "no tickets" for 0).
        const nominative = counted(ar, unit, n, String);
        if (n === 2) expect(nominative).toBe(w.two[0]);
        else if (n > 0) expect(nominative).toBe(expected);
        // English has no case: both are the same (but "no tickets" reads badly after "more than").
        if (n > 0) expect(counted(en, unit, n, String, 'genitive')).toBe(counted(en, unit, n, String));
      }
    });
  }

  it('the dashboard’s sentences with a count after a preposition read right', () => {
    const t = ar as unknown as (key: string, options?: Record<string, unknown>) => string;
    const two = counted(ar, 'minutes', 2, String, 'genitive');
    expect(t('dashboard.chartOver', { minutes: two })).toBe('أكثر من دقيقتين');
    expect(t('dashboard.chartWaitsLabel', { minutes: two })).toBe('حتى دقيقتين');
    expect(t('dashboard.alert_counter_idle', { subject: 'C1', minutesAfter: two, waiting: 3 })).toBe(
      'الكاونتر C1 متاح دون نداء منذ دقيقتين و3 في الانتظار',
    );
  });
});

/**
 * Bilingual messages for problems with submitted form data, naming the field by its label.
 * Independent of the validator: it takes the keyword and its parameters, so a client-side
 * validator would produce the same wording as the hub.
 *
 * Arabic agrees with the label: the adjective and the verb take the gender of the label's head
 * noun ("رقم الهوية مطلوب", "مدة صلاحية البطاقة مطلوبة", "يجب ألا تقل المنطقة…"), and a count of
 * characters takes the form its number needs after a preposition ("عن حرفين", "عن ٣ أحرف",
 * "عن ١١ حرفاً"). A label's gender is its field's `arGender` when given, else read from the label.
 */
import type { Bilingual } from '../../contract/forms.js';

export type ErrorParams = Record<string, unknown>;
export type ArabicGender = 'masculine' | 'feminine';

const ARABIC_DEFINITE = /^(?:ال|لل)/;

/**
 * The gender of an Arabic label's head noun (its first word), when the form does not say: a noun
 * ending in tā' marbūṭa (ـة) is feminine, and so is a sound feminine plural (ـات), which a
 * non-human plural agrees with as a feminine singular ("الملاحظات مطلوبة"); otherwise masculine.
 * Nouns that break the rule (a feminine without ـة such as «الشمس») set `arGender` on the field.
 */
export function arabicLabelGender(labelAr: string): ArabicGender {
  const head = (labelAr.trim().split(/\s+/)[0] ?? '').replace(/[^\u0621-\u064A]/g, '');
  const bare = head.replace(ARABIC_DEFINITE, '');
  return /ة$/.test(bare) || (bare.length > 3 && /ات$/.test(bare)) ? 'feminine' : 'masculine';
}

const pluralRules = new Intl.PluralRules('ar');

/** A count of characters after a preposition (genitive), with Arabic number agreement. */
export function arabicCharacters(limit: number): string {
  switch (pluralRules.select(limit)) {
    case 'one':
      return 'حرف واحد';
    case 'two':
      return 'حرفين';
    case 'few':
      return `${limit} أحرف`;
    case 'many':
      return `${limit} حرفاً`;
    default:
      return `${limit} حرف`;
  }
}

const englishCharacters = (limit: number): string => `${limit} character${limit === 1 ? '' : 's'}`;

/** The masculine and feminine form of one word, chosen by the label's gender. */
const agree = (gender: ArabicGender, masculine: string, feminine: string): string =>
  gender === 'feminine' ? feminine : masculine;

export function fieldErrorMessage(
  keyword: string,
  params: ErrorParams,
  label: Bilingual,
  arGender: ArabicGender = arabicLabelGender(label.ar),
): Bilingual {
  const n = (k: string) => String(params[k] ?? '');
  const limit = Number(params.limit ?? 0);
  const g = (m: string, f: string) => agree(arGender, m, f);
  switch (keyword) {
    case 'required':
      return { ar: `${label.ar} ${g('مطلوب', 'مطلوبة')}`, en: `${label.en} is required` };
    case 'pattern':
    case 'format':
      return { ar: `صيغة ${label.ar} غير صحيحة`, en: `${label.en} is not in the right format` };
    case 'checkDigit':
      // Its shape is right (the format's own message would repeat it): the last digit is not.
      return {
        ar: `الرقم الأخير في ${label.ar} لا يطابق بقية الرقم: أعد إدخاله كما هو على البطاقة`,
        en: `The last digit of the ${label.en} does not match the rest: enter it again as on the card`,
      };
    case 'minLength':
      return {
        ar: `يجب ألا ${g('يقل', 'تقل')} ${label.ar} عن ${arabicCharacters(limit)}`,
        en: `${label.en} must be at least ${englishCharacters(limit)}`,
      };
    case 'maxLength':
      return {
        ar: `يجب ألا ${g('يزيد', 'تزيد')} ${label.ar} على ${arabicCharacters(limit)}`,
        en: `${label.en} must be at most ${englishCharacters(limit)}`,
      };
    case 'minimum':
    case 'exclusiveMinimum':
      return {
        ar: `يجب أن ${g('يكون', 'تكون')} ${label.ar} ${n('limit')} على الأقل`,
        en: `${label.en} must be at least ${n('limit')}`,
      };
    case 'maximum':
    case 'exclusiveMaximum':
      return {
        ar: `يجب ألا ${g('يتجاوز', 'تتجاوز')} ${label.ar} ${n('limit')}`,
        en: `${label.en} must be at most ${n('limit')}`,
      };
    case 'enum':
      return { ar: `اختر أحد الخيارات في ${label.ar}`, en: `Choose one of the options for ${label.en}` };
    case 'type':
      return { ar: `قيمة ${label.ar} من نوع غير صحيح`, en: `${label.en} has the wrong kind of value` };
    case 'const':
      return { ar: `يجب الموافقة على ${label.ar}`, en: `${label.en} must be accepted` };
    default:
      return { ar: `تحقق من ${label.ar}`, en: `Check ${label.en}` };
  }
}

export function unknownFieldMessage(name: string): Bilingual {
  return { ar: `«${name}» ليس من حقول هذا النموذج`, en: `"${name}" is not a field of this form` };
}

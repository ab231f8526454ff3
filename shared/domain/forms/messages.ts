/**
 * Bilingual messages for problems with submitted form data, naming the field by its label.
 * Independent of the validator: it takes the keyword and its parameters, so a client-side
 * validator would produce the same wording as the hub.
 */
import type { Bilingual } from '../../contract/forms.js';

export type ErrorParams = Record<string, unknown>;

export function fieldErrorMessage(keyword: string, params: ErrorParams, label: Bilingual): Bilingual {
  const n = (k: string) => String(params[k] ?? '');
  switch (keyword) {
    case 'required':
      return { ar: `${label.ar} مطلوب`, en: `${label.en} is required` };
    case 'pattern':
    case 'format':
      return { ar: `صيغة ${label.ar} غير صحيحة`, en: `${label.en} is not in the right format` };
    case 'minLength':
      return {
        ar: `يجب ألا يقل ${label.ar} عن ${n('limit')} أحرف`,
        en: `${label.en} must be at least ${n('limit')} characters`,
      };
    case 'maxLength':
      return {
        ar: `يجب ألا يزيد ${label.ar} عن ${n('limit')} حرفاً`,
        en: `${label.en} must be at most ${n('limit')} characters`,
      };
    case 'minimum':
    case 'exclusiveMinimum':
      return {
        ar: `يجب أن يكون ${label.ar} ${n('limit')} على الأقل`,
        en: `${label.en} must be at least ${n('limit')}`,
      };
    case 'maximum':
    case 'exclusiveMaximum':
      return {
        ar: `يجب ألا يتجاوز ${label.ar} ${n('limit')}`,
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

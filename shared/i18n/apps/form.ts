/**
 * Form messages shared by the staff apps and phone pages: forms use `noValidate` and show these,
 * in the app's language, instead of the browser's own ("Please fill out this field.").
 */
import type { AppStrings } from '../catalog.js';

export const form: AppStrings = {
  ar: {
    required: 'هذا الحقل مطلوب.',
    wholeNumber: 'أدخل عدداً صحيحاً.',
    tooLong: 'النص أطول من المسموح.',
    tooShort: 'اكتب {{min}} أحرف على الأقل.',
    atLeast: 'أدخل {{min}} أو أكثر.',
    atMost: 'أدخل {{max}} أو أقل.',
    invalid: 'القيمة غير صحيحة.',
    wrongCredentials: 'اسم المستخدم أو الرقم السري غير صحيح.',
    invalidJson: 'النص ليس JSON صالحاً. راجع الأقواس والفواصل وعلامات التنصيص.',
    invalidJsonAt:
      'النص ليس JSON صالحاً: راجع السطر {{line}}، العمود {{column}} (الأقواس والفواصل وعلامات التنصيص).',
  },
  en: {
    required: 'This field is required.',
    wholeNumber: 'Enter a whole number.',
    tooLong: 'The text is too long.',
    tooShort: 'Write at least {{min}} characters.',
    atLeast: 'Enter {{min}} or more.',
    atMost: 'Enter {{max}} or less.',
    invalid: 'This value is not valid.',
    wrongCredentials: 'Wrong username or PIN.',
    invalidJson: 'This is not valid JSON. Check the brackets, commas and quotes.',
    invalidJsonAt:
      'This is not valid JSON: check line {{line}}, column {{column}} (brackets, commas and quotes).',
  },
};

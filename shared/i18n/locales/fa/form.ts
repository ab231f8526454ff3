/** Persian: form messages the phone pages and forms show instead of the browser's (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const form: VisitorNamespaces['form'] = {
  required: 'پر کردن این فیلد الزامی است.',
  wholeNumber: 'یک عدد صحیح وارد کنید.',
  tooLong: 'متن بیش از حد طولانی است.',
  tooShort: 'دست‌کم {{min}} نویسه بنویسید.',
  atLeast: '{{min}} یا بیشتر وارد کنید.',
  atMost: '{{max}} یا کمتر وارد کنید.',
  invalid: 'این مقدار معتبر نیست.',
  wrongCredentials: 'نام کاربری یا PIN نادرست است.',
  invalidJson: 'این JSON معتبر نیست. کروشه‌ها، ویرگول‌ها و نقل‌قول‌ها را بررسی کنید.',
  invalidJsonAt:
    'این JSON معتبر نیست: سطر {{line}}، ستون {{column}} را بررسی کنید (کروشه‌ها، ویرگول‌ها و نقل‌قول‌ها).',
};

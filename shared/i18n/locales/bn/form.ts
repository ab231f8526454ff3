/** Bengali: form messages the phone pages and forms show instead of the browser's (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const form: VisitorNamespaces['form'] = {
  required: 'এই ঘরটি পূরণ করা আবশ্যক।',
  wholeNumber: 'একটি পূর্ণসংখ্যা লিখুন।',
  tooLong: 'লেখাটি খুব দীর্ঘ।',
  tooShort: 'অন্তত {{min}}টি অক্ষর লিখুন।',
  atLeast: '{{min}} বা তার বেশি লিখুন।',
  atMost: '{{max}} বা তার কম লিখুন।',
  invalid: 'এই মানটি সঠিক নয়।',
  wrongCredentials: 'ব্যবহারকারীর নাম বা PIN ভুল।',
  invalidJson: 'এটি সঠিক JSON নয়। বন্ধনী, কমা ও উদ্ধৃতিচিহ্ন দেখুন।',
  invalidJsonAt: 'এটি সঠিক JSON নয়: লাইন {{line}}, কলাম {{column}} দেখুন (বন্ধনী, কমা ও উদ্ধৃতিচিহ্ন)।',
};

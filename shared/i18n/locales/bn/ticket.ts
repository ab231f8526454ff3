/** Bengali: the printed ticket's lines (machine-translated, see shared/i18n/languages.ts). */
import type { VisitorNamespaces } from '../types.js';

export const ticket: VisitorNamespaces['ticket'] = {
  waitMinutes_zero: 'আনুমানিক অপেক্ষা: {{minutes}} মিনিট',
  waitMinutes_one: 'আনুমানিক অপেক্ষা: {{minutes}} মিনিট',
  waitMinutes_other: 'আনুমানিক অপেক্ষা: {{minutes}} মিনিট',
  waitRange_zero: 'আনুমানিক অপেক্ষা: {{low}}-{{high}} মিনিট',
  waitRange_one: 'আনুমানিক অপেক্ষা: {{low}}-{{high}} মিনিট',
  waitRange_other: 'আনুমানিক অপেক্ষা: {{low}}-{{high}} মিনিট',
  waitUpTo_zero: 'আনুমানিক অপেক্ষা: {{high}} মিনিট পর্যন্ত',
  waitUpTo_one: 'আনুমানিক অপেক্ষা: {{high}} মিনিট পর্যন্ত',
  waitUpTo_other: 'আনুমানিক অপেক্ষা: {{high}} মিনিট পর্যন্ত',
  scan: 'আপনার পালা দেখতে কোডটি স্ক্যান করুন',
  onBehalf: '{{relation}}-এর পক্ষে',
};

/** Urdu: the public request status page behind the receipt's QR code (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const requestPage: VisitorNamespaces['requestPage'] = {
  title: 'درخواست کی صورتحال',
  number: 'درخواست نمبر',
  service: 'سروس',
  submittedAt: 'جمع کرانے کی تاریخ',
  current: 'موجودہ صورتحال',
  history: 'صورتحال کی تاریخ',
  status_submitted: 'جمع کرائی گئی',
  status_in_progress: 'زیرِ کارروائی',
  status_waiting_for_customer: 'آپ کی کارروائی کا انتظار',
  status_ready: 'تیار',
  status_completed: 'مکمل',
  status_rejected: 'مسترد',
  sourceHub: 'یہ وہ تازہ ترین صورتحال ہے جو مرکز کو معلوم ہے؛ نئی تبدیلیاں شاید ابھی نہ پہنچی ہوں۔',
  loading: 'لوڈ ہو رہا ہے…',
  notFound: 'یہ لنک کسی درخواست تک نہیں لے جاتا۔ رسید پر چھپا ہوا QR کوڈ دوبارہ اسکین کریں۔',
  failed: 'درخواست کی صورتحال ابھی نہیں دکھائی جا سکتی۔ بعد میں دوبارہ کوشش کریں۔',
  refresh: 'تازہ کریں',
};

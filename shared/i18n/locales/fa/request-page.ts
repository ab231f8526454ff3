/** Persian: the public request status page behind the receipt's QR code (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const requestPage: VisitorNamespaces['requestPage'] = {
  title: 'وضعیت درخواست',
  number: 'شماره درخواست',
  service: 'خدمت',
  submittedAt: 'تاریخ ثبت',
  current: 'وضعیت فعلی',
  history: 'سابقه وضعیت',
  status_submitted: 'ثبت شد',
  status_in_progress: 'در حال بررسی',
  status_waiting_for_customer: 'در انتظار اقدام شما',
  status_ready: 'آماده',
  status_completed: 'تکمیل شد',
  status_rejected: 'رد شد',
  sourceHub:
    'این آخرین وضعیتی است که مرکز از آن خبر دارد؛ ممکن است به‌روزرسانی‌های جدیدتر هنوز نرسیده باشند.',
  loading: 'در حال بارگذاری…',
  notFound: 'این پیوند هیچ درخواستی را باز نمی‌کند. کد QR چاپ‌شده روی رسید را دوباره اسکن کنید.',
  failed: 'اکنون نمی‌توان وضعیت درخواست را نشان داد. لطفاً بعداً دوباره تلاش کنید.',
  refresh: 'به‌روزرسانی',
};

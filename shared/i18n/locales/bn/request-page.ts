/** Bengali: the public request status page behind the receipt's QR code (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const requestPage: VisitorNamespaces['requestPage'] = {
  title: 'আবেদনের অবস্থা',
  number: 'আবেদন নম্বর',
  service: 'সেবা',
  submittedAt: 'জমার তারিখ',
  current: 'বর্তমান অবস্থা',
  history: 'অবস্থার ইতিহাস',
  status_submitted: 'জমা দেওয়া হয়েছে',
  status_in_progress: 'প্রক্রিয়াধীন',
  status_waiting_for_customer: 'আপনার পদক্ষেপের অপেক্ষায়',
  status_ready: 'প্রস্তুত',
  status_completed: 'সম্পন্ন',
  status_rejected: 'প্রত্যাখ্যাত',
  sourceHub: 'এটি কেন্দ্রের জানা সর্বশেষ অবস্থা; নতুন আপডেট হয়তো এখনও পৌঁছায়নি।',
  loading: 'লোড হচ্ছে…',
  notFound: 'এই লিংকে কোনো আবেদন খোলে না। রসিদে ছাপা QR কোডটি আবার স্ক্যান করুন।',
  failed: 'আবেদনের অবস্থা এখন দেখানো যাচ্ছে না। পরে আবার চেষ্টা করুন।',
  refresh: 'রিফ্রেশ করুন',
};

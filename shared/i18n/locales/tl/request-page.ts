/** Tagalog: the public request status page behind the receipt's QR code (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const requestPage: VisitorNamespaces['requestPage'] = {
  title: 'Katayuan ng kahilingan',
  number: 'Numero ng kahilingan',
  service: 'Serbisyo',
  submittedAt: 'Petsa ng pagsumite',
  current: 'Kasalukuyang katayuan',
  history: 'Kasaysayan ng katayuan',
  status_submitted: 'Naisumite',
  status_in_progress: 'Pinoproseso',
  status_waiting_for_customer: 'Naghihintay sa iyo',
  status_ready: 'Handa na',
  status_completed: 'Tapos na',
  status_rejected: 'Tinanggihan',
  sourceHub:
    'Ito ang pinakabagong katayuan na alam ng sentro; maaaring hindi pa dumating ang mas bagong update.',
  loading: 'Naglo-load…',
  notFound:
    'Walang kahilingang nabubuksan ang link na ito. I-scan muli ang QR code na nakalimbag sa iyong resibo.',
  failed: 'Hindi maipakita ngayon ang katayuan ng kahilingan. Pakisubukang muli mamaya.',
  refresh: 'I-refresh',
};

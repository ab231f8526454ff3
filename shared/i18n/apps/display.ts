/** Display board strings (waiting-hall screens). */
import type { AppStrings } from '../catalog.js';

export const display: AppStrings = {
  ar: {
    title: 'شاشة النداء',
    latestCall: 'النداء الحالي',
    counter: 'الكاونتر',
    history: 'النداءات السابقة',
    waitingCounts: 'في الانتظار',
    queue: 'الطابور',
    people: 'العدد',
    estimateMinutes: 'الدقائق',
    ticket: 'التذكرة',
    clock: 'الوقت',
    noCalls: 'لا توجد نداءات بعد',
    noEarlierCalls: 'لا نداءات سابقة بعد',
    recall: 'إعادة نداء',
    missingKey: 'هذه الشاشة تحتاج مفتاح جهاز: افتحها بالرابط ‎/display/#key=…',
  },
  en: {
    title: 'Calling board',
    latestCall: 'Now calling',
    counter: 'Counter',
    history: 'Earlier calls',
    waitingCounts: 'Waiting',
    queue: 'Queue',
    people: 'People',
    estimateMinutes: 'Minutes',
    ticket: 'Ticket',
    clock: 'Time',
    noCalls: 'No calls yet',
    noEarlierCalls: 'No earlier calls yet',
    recall: 'Recall',
    missingKey: 'This screen needs a device key: open it as /display/#key=…',
  },
};

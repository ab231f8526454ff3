/** Display board strings (waiting-hall screens). */
import type { AppStrings } from '../catalog.js';

export const display: AppStrings = {
  ar: {
    title: 'شاشة النداء',
    latestCall: 'النداء الحالي',
    ticket: 'التذكرة',
    counter: 'الكاونتر',
    history: 'النداءات السابقة',
    waitingCounts: 'الانتظار حسب الطابور',
    waiting: 'في الانتظار',
    estimate: 'الانتظار المتوقع',
    minutes: '{{count}} دقيقة',
    clock: 'الوقت',
    noCalls: 'لا توجد نداءات بعد',
    recall: 'إعادة نداء',
    missingKey: 'هذه الشاشة تحتاج مفتاح جهاز: افتحها بالرابط ‎/display/#key=…',
    silent: 'لا توجد أصوات نطق على هذه الشاشة: يُستخدم التنبيه الصوتي والإبراز فقط.',
  },
  en: {
    title: 'Calling board',
    latestCall: 'Now calling',
    ticket: 'Ticket',
    counter: 'Counter',
    history: 'Earlier calls',
    waitingCounts: 'Waiting by queue',
    waiting: 'Waiting',
    estimate: 'Estimated wait',
    minutes: '{{count}} min',
    clock: 'Time',
    noCalls: 'No calls yet',
    recall: 'Recall',
    missingKey: 'This screen needs a device key: open it as /display/#key=…',
    silent: 'No speech voices on this screen: chime and visual emphasis only.',
  },
};

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
    // Closed (shared/domain/opening-state.ts), said in the call's place: "مغلق · يفتح الأحد ٧:٣٠".
    closed: 'مغلق',
    closedToday: 'مغلق اليوم: {{reason}}',
    opensToday: 'يفتح اليوم {{time}}',
    opensTomorrow: 'يفتح غداً {{time}}',
    opensOn: 'يفتح {{day}} {{time}}',
    opensTonightAtMidnight: 'يفتح الليلة عند منتصف الليل',
    opensAtMidnightOn: 'يفتح عند منتصف الليل مع بداية يوم {{day}}',
    // Open, but no counter serves this queue now: the row's mark and the line under the table saying what it means.
    noCounter: 'لا كاونتر مفتوح الآن',
    // The minutes column's heading when no queue has a counter: as narrow as "الدقائق".
    noCounterShort: 'لا كاونتر',
    // A ticket taken now would, by the median estimate, still wait at closing time (the kiosk's
    // passesClosing): the row's mark and the line under the table, as for no counter. Short: both
    // languages share one line of the waiting column at 48 px (the kiosk's longer sentence wraps).
    pastClosing: 'الانتظار يتجاوز الإغلاق',
    // The minutes column's heading when every queue's row has the mark.
    pastClosingShort: 'بعد الإغلاق',
    // The queue's last walk-in ticket of the day has gone (the kiosk refuses it: 'انتهى إصدار التذاكر
    // لهذه الخدمة اليوم'): the row's mark and the line under the table, in the words of /join/'s
    // refusal without the service's name, short enough for the waiting column at 48 px.
    lastTicketPassed: 'انتهى إصدار التذاكر اليوم',
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
    closed: 'Closed',
    closedToday: 'Closed today: {{reason}}',
    opensToday: 'opens today at {{time}}',
    opensTomorrow: 'opens tomorrow at {{time}}',
    opensOn: 'opens {{day}} {{time}}',
    opensTonightAtMidnight: 'opens tonight at midnight',
    opensAtMidnightOn: 'opens at midnight as {{day}} begins',
    noCounter: 'No counter open now',
    noCounterShort: 'No counter',
    pastClosing: 'Wait runs past closing',
    pastClosingShort: 'After closing',
    lastTicketPassed: 'No more tickets today',
    missingKey: 'This screen needs a device key: open it as /display/#key=…',
  },
};

/**
 * The ticket status page (/t/<token>). Registered as `statusPage`: the common catalogue already
 * uses `status` for the visit statuses.
 */
import type { AppStrings } from '../catalog.js';

export const statusPage = {
  ar: {
    yourTicket: 'تذكرتك',
    position: 'ترتيبك في الطابور',
    // The people ahead in this ticket's own line only (shared/domain/estimate.ts peopleAhead): a
    // counter may call another queue's tickets first, so never "you are next" (issue #15).
    ahead_zero: 'لا أحد أمامك في هذا الطابور',
    ahead_one: 'أمامك شخص واحد',
    ahead_two: 'أمامك شخصان',
    ahead_few: 'أمامك {{count}} أشخاص',
    ahead_many: 'أمامك {{count}} شخصاً',
    ahead_other: 'أمامك {{count}} شخص',
    // This ticket's own wait, not a newcomer's (the kiosk's and the board's queue figure): said so.
    estimate: 'انتظارك بهذه التذكرة',
    estimateNote: 'تقدير يتغير مع حركة الطابور.',
    live: 'تتحدث هذه الصفحة تلقائياً.',
    calledTitle: 'حان دورك',
    goTo: 'توجّه إلى الكاونتر',
    serving: 'تتم خدمتك الآن.',
    ended: 'انتهت هذه التذكرة.',
    soundOn: 'صوت عند النداء ما دامت الصفحة مفتوحة',
    soundIsOn: 'التنبيه الصوتي مفعّل',
    soundExplain: 'لا تسمح الهواتف بتشغيل الصوت إلا بعد لمسة منك. المس الزر ليُصدر الهاتف صوتاً عند النداء.',
    late: 'سأتأخر',
    lateExplain: 'يعيد تذكرتك {{count}} أماكن إلى الخلف، بدلاً من أن يفوتك دورك.',
    lateDone: 'أعدنا تذكرتك إلى الخلف.',
    lateNoChange: 'أنت آخر الطابور بالفعل، لم يتغير شيء.',
    cancel: 'إلغاء تذكرتي',
    cancelConfirm: 'هل تريد إلغاء التذكرة؟ لا يمكن التراجع عن ذلك.',
    cancelYes: 'نعم، ألغِ التذكرة',
    cancelNo: 'لا، أبقِ التذكرة',
    cancelled: 'أُلغيت تذكرتك.',
    smsAhead: 'دور: تذكرتك {{ticket}}، أمامك {{count}} أشخاص. يرجى الاقتراب من المركز.',
    smsCalled: 'دور: حان دور تذكرتك {{ticket}}. توجّه إلى الكاونتر {{counter}}.',
    error_postpone_limit: 'لا يمكن تأخير هذه التذكرة أكثر من ذلك.',
    pushOn: 'نبّهني على هذا الهاتف',
    pushIsOn: 'ستصلك التنبيهات على هذا الهاتف',
    pushExplain: 'يصلك تنبيه عندما يقترب دورك وعند النداء، حتى لو أغلقت هذه الصفحة.',
    pushDenied: 'لم يُسمح بالتنبيهات. يمكنك السماح بها من إعدادات المتصفح.',
    pushFailed: 'تعذّر تفعيل التنبيهات على هذا الهاتف الآن.',
    pushUnavailableSms: 'لا يدعم هذا المتصفح التنبيهات. ستصلك رسالة نصية عندما يقترب دورك وعند النداء.',
    pushAheadTitle: 'تذكرتك {{ticket}}',
    pushAheadBody: 'أمامك {{count}} أشخاص. يرجى الاقتراب من المركز.',
    pushCalledTitle: 'حان دورك: {{ticket}}',
    pushCalledBody: 'توجّه إلى الكاونتر {{counter}}.',
    // The live link refused (rate_limited) or the hub not reached: said plainly, retried by itself.
    link_busy:
      'التحديث المباشر متوقف مؤقتاً: أجهزة كثيرة على هذه الشبكة تتابع تذاكر. نعيد المحاولة تلقائياً، ولا يلزمك فعل شيء.',
    link_unreachable: 'تعذّر الوصول إلى المركز الآن، فقد لا تكون هذه المعلومات محدّثة. نعيد المحاولة تلقائياً.',
  },
  en: {
    yourTicket: 'Your ticket',
    position: 'Your place in line',
    ahead_zero: 'Nobody ahead of you in this line',
    ahead_one: '1 person ahead of you',
    ahead_two: '2 people ahead of you',
    ahead_few: '{{count}} people ahead of you',
    ahead_many: '{{count}} people ahead of you',
    ahead_other: '{{count}} people ahead of you',
    estimate: 'Your wait (this ticket)',
    estimateNote: 'An estimate; it changes as the queue moves.',
    live: 'This page updates by itself.',
    calledTitle: 'It is your turn',
    goTo: 'Please go to counter',
    serving: 'You are being served now.',
    ended: 'This ticket has ended.',
    soundOn: 'Ring when called, while this page is open',
    soundIsOn: 'Sound alert is on',
    soundExplain:
      'Phones only play sound after you tap. Tap the button so your phone can sound when you are called.',
    late: "I'm running late",
    lateExplain: 'Moves your ticket back {{count}} places instead of missing your turn.',
    lateDone: 'Your ticket moved back.',
    lateNoChange: 'You are already last in line; nothing changed.',
    cancel: 'Cancel my ticket',
    cancelConfirm: 'Cancel the ticket? This cannot be undone.',
    cancelYes: 'Yes, cancel it',
    cancelNo: 'No, keep it',
    cancelled: 'Your ticket is cancelled.',
    smsAhead: 'Dawr: ticket {{ticket}}, {{count}} people ahead of you. Please come close to the centre.',
    smsCalled: 'Dawr: ticket {{ticket}} is called. Please go to counter {{counter}}.',
    error_postpone_limit: 'This ticket cannot be moved back any more.',
    pushOn: 'Notify me on this phone',
    pushIsOn: 'This phone will be notified',
    pushExplain:
      'You get a notification when your turn is near and when you are called, even with this page closed.',
    pushDenied: 'Notifications are not allowed. You can allow them in the browser settings.',
    pushFailed: 'Notifications could not be turned on for this phone now.',
    pushUnavailableSms:
      'This browser cannot show notifications. You will get a text message when your turn is near and when you are called.',
    pushAheadTitle: 'Ticket {{ticket}}',
    pushAheadBody: '{{count}} people ahead of you. Please come close to the centre.',
    pushCalledTitle: 'Your turn: {{ticket}}',
    pushCalledBody: 'Please go to counter {{counter}}.',
    // The live link refused (rate_limited) or the hub not reached: said plainly, retried by itself.
    link_busy:
      'Live updates are paused: too many devices on this network are following tickets. Trying again by itself; you need not do anything.',
    link_unreachable:
      'Cannot reach the centre right now, so this may be out of date. Trying again by itself.',
  },
} satisfies AppStrings;

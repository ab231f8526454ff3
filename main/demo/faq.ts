/**
 * The demo centre's FAQ: what visitors ask at the kiosk that is not a service of its own.
 * The hub seeds it on first start; from then on the centre edits it from the dashboard.
 */
import type { FaqEntryInput } from '../../shared/domain/assistant/contract.js';

export const DEMO_FAQ: FaqEntryInput[] = [
  {
    id: 'opening-hours',
    question: { ar: 'ما هي ساعات عمل المركز؟', en: 'What are the centre’s opening hours?' },
    variants: {
      ar: ['متى يفتح المركز ومتى يغلق؟', 'هل تفتحون يوم الجمعة أو السبت؟', 'الدوام'],
      en: ['When do you open and close?', 'Are you open on Friday or Saturday?', 'Timings'],
    },
    answer: {
      ar: 'نفتح من الأحد إلى الخميس من 7:30 صباحاً حتى 8:00 مساءً، ويوم الجمعة حتى 12:00 ظهراً. السبت مغلق.',
      en: 'We are open Sunday to Thursday 7:30 am to 8:00 pm, and Friday until 12:00 noon. Closed on Saturday.',
    },
  },
  {
    id: 'parking',
    question: { ar: 'أين أوقف سيارتي؟', en: 'Where can I park?' },
    variants: {
      ar: ['هل يوجد مواقف للسيارات؟', 'مواقف مجانية'],
      en: ['Is there parking at the centre?', 'Free parking for visitors'],
    },
    answer: {
      ar: 'تتوفر مواقف مجانية للزوار خلف المبنى لمدة ساعتين، ومواقف قريبة من المدخل لأصحاب الهمم.',
      en: 'Free visitor parking is behind the building for two hours, with bays by the entrance for people of determination.',
    },
  },
  {
    id: 'payment-methods',
    question: { ar: 'ما طرق الدفع المتاحة؟', en: 'How can I pay the fees?' },
    variants: {
      ar: ['هل أقدر أدفع بالبطاقة؟', 'هل تقبلون الدفع نقدا أو كاش؟', 'الدفع بأبل باي'],
      en: ['Can I pay by card?', 'Do you accept cash?', 'Apple Pay or credit card payment'],
    },
    answer: {
      ar: 'نقبل البطاقات البنكية وApple Pay عند الكاونتر. لا يُقبل الدفع النقدي إلا في آلة الدفع الذاتي قرب المدخل.',
      en: 'Bank cards and Apple Pay are accepted at the counter. Cash only at the self-service payment machine by the entrance.',
    },
  },
  {
    id: 'service-fees',
    question: { ar: 'كم رسوم الخدمات؟', en: 'How much do the services cost?' },
    variants: {
      ar: ['بكم المعاملة؟', 'ما هي الرسوم؟', 'تكلفة الخدمة'],
      en: ['What are the fees?', 'What is the price of a service?', 'How much will I pay?'],
    },
    answer: {
      ar: 'تظهر رسوم كل خدمة بالدرهم على شاشة الخدمة قبل أخذ الرقم، وتُدفع عند الكاونتر.',
      en: 'Each service shows its fee in AED on its screen before you take a ticket; you pay at the counter.',
    },
  },
  {
    id: 'book-appointment',
    question: { ar: 'كيف أحجز موعداً؟', en: 'How do I book an appointment?' },
    variants: {
      ar: ['عندي موعد، ماذا أفعل؟', 'حجز موعد مسبق', 'أبغى أحجز موعد'],
      en: ['I have an appointment, where do I check in?', 'Can I reserve a time in advance?'],
    },
    answer: {
      ar: 'احجز من الموقع أو التطبيق. إذا كان لديك موعد، امسح رمز الحجز على الكشك لتسجيل الحضور قبل موعدك بعشر دقائق.',
      en: 'Book on the website or app. If you have an appointment, scan its code at the kiosk to check in up to ten minutes early.',
    },
  },
  {
    id: 'priority-service',
    question: {
      ar: 'هل توجد أولوية لكبار السن وأصحاب الهمم؟',
      en: 'Is there priority for elderly people and people of determination?',
    },
    variants: {
      ar: ['أولوية للحوامل', 'أنا من أصحاب الهمم', 'كرسي متحرك'],
      en: ['Priority for pregnant women', 'I use a wheelchair', 'Senior citizens priority'],
    },
    answer: {
      ar: 'نعم. اختر "أولوية" على الكشك: كبار السن والحوامل وأصحاب الهمم يُخدمون قبل غيرهم. الكراسي المتحركة متوفرة عند الاستقبال.',
      en: 'Yes. Choose "Priority" at the kiosk: seniors, pregnant women and people of determination are served first. Wheelchairs are available at reception.',
    },
  },
  {
    id: 'missed-turn',
    question: { ar: 'فاتني رقمي، ماذا أفعل؟', en: 'I missed my number, what do I do?' },
    variants: {
      ar: ['نادوا رقمي وأنا غير موجود', 'تأخرت عن دوري', 'راح علي الدور'],
      en: ['My ticket was called while I was away', 'I was late for my turn'],
    },
    answer: {
      ar: 'يُنادى الرقم مرتين، ثم يعود إلى الطابور بعد عشر دقائق. إن لم يظهر، راجع موظف الاستقبال.',
      en: 'A number is called twice, then goes back into the queue after ten minutes. If it does not, see the reception staff.',
    },
  },
  {
    id: 'waiting-time',
    question: { ar: 'كم مدة الانتظار؟', en: 'How long is the wait?' },
    variants: {
      ar: ['كم باقي على دوري؟', 'الطابور طويل', 'متى يجي دوري'],
      en: [
        'How many people are before me in the queue?',
        'When will my number be called?',
        'Is it busy today?',
      ],
    },
    answer: {
      ar: 'يظهر وقت الانتظار المتوقع على التذكرة وعلى الشاشات، ويمكنك متابعته برمز QR على التذكرة.',
      en: 'The expected wait is on your ticket and the screens; follow it live with the QR code on your ticket.',
    },
  },
  {
    id: 'ticket-sms',
    question: { ar: 'هل يمكن إرسال التذكرة برسالة نصية؟', en: 'Can I get my ticket by SMS?' },
    variants: {
      ar: ['أبي الرقم على جوالي برسالة'],
      en: ['Send my ticket number to my mobile', 'Text message notification'],
    },
    answer: {
      ar: 'نعم، اختر "إرسال برسالة" بعد أخذ الرقم وأدخل رقم هاتفك المتحرك.',
      en: 'Yes, choose "Send by SMS" after taking your ticket and enter your mobile number.',
    },
  },
  {
    id: 'photo-specs',
    question: { ar: 'ما مواصفات الصورة الشخصية؟', en: 'What are the requirements for the personal photo?' },
    variants: {
      ar: ['الصورة لازم خلفية بيضاء؟', 'هل يوجد تصوير في المركز؟'],
      en: ['Does the photo need a white background?', 'Can I take a photo here?'],
    },
    answer: {
      ar: 'صورة ملونة حديثة بخلفية بيضاء، دون نظارات، بمقاس 4×6 سم. يوجد استوديو تصوير في الطابق الأرضي.',
      en: 'A recent colour photo on a white background, without glasses, 4×6 cm. There is a photo studio on the ground floor.',
    },
  },
  {
    id: 'eye-test-location',
    question: { ar: 'أين أعمل فحص النظر؟', en: 'Where can I do the eye test?' },
    variants: {
      ar: ['فحص النظر لتجديد الرخصة', 'مركز فحص العيون'],
      en: ['Eye test for the driving licence', 'Vision test centre'],
    },
    answer: {
      ar: 'فحص النظر متاح في أي مركز بصريات معتمد، ويوجد واحد في الطابق الأول. تصل النتيجة إلى المرور إلكترونياً.',
      en: 'Any approved optician can do the eye test; there is one on the first floor. The result reaches Traffic electronically.',
    },
    serviceIds: ['licence-renew'],
  },
  {
    id: 'online-services',
    question: { ar: 'هل أقدر أنجز المعاملة أونلاين؟', en: 'Can I do this online instead?' },
    variants: {
      ar: ['الخدمة متوفرة في التطبيق؟', 'الموقع الإلكتروني للخدمات'],
      en: ['Is there an app or website for these services?', 'Apply on the internet'],
    },
    answer: {
      ar: 'كثير من الخدمات متاحة على الموقع والتطبيق؛ تعرض شاشة كل خدمة رابطها الإلكتروني إن وُجد.',
      en: 'Many services are available on the website and app; each service screen shows its online link where there is one.',
    },
  },
  {
    id: 'card-delivery',
    question: { ar: 'متى أستلم البطاقة بعد التجديد؟', en: 'When will I receive my card?' },
    variants: {
      ar: ['توصيل البطاقة بالبريد', 'وين أستلم الهوية الجديدة'],
      en: ['Is the new card delivered by courier?', 'Where do I collect my new ID?'],
    },
    answer: {
      ar: 'تُوصل البطاقات بالبريد المسجل خلال 3 إلى 5 أيام عمل، وتصلك رسالة نصية عند الشحن.',
      en: 'Cards are delivered by registered courier within 3 to 5 working days; you get an SMS when it ships.',
    },
    serviceIds: ['eid-renew', 'eid-replace'],
  },
  {
    id: 'originals-or-copies',
    question: {
      ar: 'هل أحضر الأصل أم نسخة من المستندات؟',
      en: 'Do I bring originals or copies of documents?',
    },
    variants: {
      ar: ['تكفي صورة من الجواز؟'],
      en: ['Is a photocopy enough?'],
    },
    answer: {
      ar: 'أحضر الأصل دائماً؛ نصوّر المستندات عند الكاونتر ونعيدها لك.',
      en: 'Always bring the originals; we scan them at the counter and hand them back.',
    },
  },
  {
    id: 'translation-typing',
    question: { ar: 'أين أترجم مستنداتي؟', en: 'Where can I get documents translated?' },
    variants: {
      ar: ['مكتب طباعة وترجمة قانونية', 'أحتاج مترجم'],
      en: ['Legal translation office', 'Typing centre nearby'],
    },
    answer: {
      ar: 'مكتب الطباعة والترجمة القانونية في الطابق الأرضي بجانب المدخل الرئيسي.',
      en: 'The typing and legal translation office is on the ground floor next to the main entrance.',
    },
  },
  {
    id: 'prayer-room',
    question: { ar: 'أين المصلى؟', en: 'Where is the prayer room?' },
    variants: { ar: ['مصلى النساء'], en: ['Is there a place to pray?'] },
    answer: {
      ar: 'مصلى الرجال والنساء في الطابق الأول بجانب المصاعد.',
      en: 'The men’s and women’s prayer rooms are on the first floor next to the lifts.',
    },
  },
  {
    id: 'toilets',
    question: { ar: 'أين دورات المياه؟', en: 'Where are the toilets?' },
    variants: { ar: ['وين الحمام'], en: ['Restroom', 'Bathroom'] },
    answer: {
      ar: 'دورات المياه في نهاية الممر على يمين صالة الانتظار، ومنها دورة مهيأة لأصحاب الهمم.',
      en: 'Toilets are at the end of the corridor to the right of the waiting hall, including an accessible one.',
    },
  },
  {
    id: 'wifi',
    question: { ar: 'هل يوجد واي فاي؟', en: 'Is there Wi-Fi?' },
    variants: { ar: ['انترنت مجاني في الصالة'], en: ['Free wireless internet in the hall'] },
    answer: {
      ar: 'نعم، شبكة "Dawr-Guest" مجانية دون كلمة مرور.',
      en: 'Yes, the "Dawr-Guest" network is free with no password.',
    },
  },
  {
    id: 'feedback',
    question: {
      ar: 'كيف أقيم الخدمة أو أقدم اقتراحاً؟',
      en: 'How do I rate the service or make a suggestion?',
    },
    variants: {
      ar: ['أبغى أعطي رأيي في الخدمة', 'ملاحظات على المركز'],
      en: ['Give feedback about my visit', 'Where do I leave my opinion?'],
    },
    answer: {
      ar: 'بعد انتهاء معاملتك امسح رمز QR على تذكرتك واختر الوجه المناسب، أو اكتب لنا عبر الموقع.',
      en: 'When your visit is done, scan the QR code on your ticket and choose a face, or write to us on the website.',
    },
  },
  {
    id: 'residency-expired-grace',
    question: { ar: 'انتهت إقامتي، هل علي غرامة؟', en: 'My residence visa has expired, will I be fined?' },
    variants: {
      ar: ['غرامة التأخير بعد انتهاء الإقامة', 'فترة السماح بعد انتهاء الإقامة'],
      en: ['Grace period after the visa expires', 'Penalty for staying after the residence visa ran out'],
    },
    answer: {
      ar: 'هناك فترة سماح 30 يوماً بعد انتهاء الإقامة؛ بعدها تُحتسب غرامة يومية تُدفع عند التجديد.',
      en: 'There is a 30-day grace period after a residence visa expires; after that a daily fine is charged at renewal.',
    },
    serviceIds: ['residency-renew'],
  },
];

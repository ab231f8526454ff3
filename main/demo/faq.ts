/**
 * The demo centre's FAQ: what visitors ask at the kiosk that is not a service of its own.
 * The hub seeds it on first start; from then on the centre edits it from the dashboard.
 */
import type { FaqEntryInput } from '../../shared/domain/assistant/contract.js';
import type { ElsewhereServiceInput } from '../../shared/domain/assistant/elsewhere.js';

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
  {
    id: 'representative',
    question: {
      ar: 'هل يمكن لشخص آخر إنجاز المعاملة نيابة عني؟',
      en: 'Can someone else come on my behalf?',
    },
    variants: {
      ar: ['مندوب الشركة', 'أرسل أحداً بدلاً عني', 'توكيل'],
      en: ['Company PRO', 'Send a representative instead of me', 'Power of attorney'],
    },
    answer: {
      ar: 'نعم، لمعظم الخدمات: يحضر المندوب أو أحد أفراد الأسرة ومعه هويته الأصلية وهوية صاحب المعاملة وتفويض موقّع (أو وكالة للمحامي)، ويختار "مندوب" على الكشك عند أخذ الرقم.',
      en: 'Yes, for most services: the representative or family member brings their own original ID, yours and a signed authorisation (a power of attorney for a lawyer), and chooses "Representative" at the kiosk when taking a ticket.',
    },
  },
  {
    id: 'lost-ticket',
    question: { ar: 'أضعت تذكرة الانتظار، ماذا أفعل؟', en: 'I lost my ticket, what do I do?' },
    variants: {
      ar: ['ضاعت ورقة الرقم', 'فقدت التذكرة'],
      en: ['Lost my queue number paper', 'My ticket is gone'],
    },
    answer: {
      ar: 'راجع موظف الاستقبال ومعك هويتك، فيعيد طباعة تذكرتك برقمها نفسه دون أن تفقد دورك.',
      en: 'See the reception desk with your ID; they reprint your ticket with the same number and you keep your place.',
    },
  },
  {
    id: 'accessibility',
    question: { ar: 'هل المركز مهيأ لأصحاب الهمم؟', en: 'Is the centre accessible?' },
    variants: {
      ar: ['هل يوجد مصعد؟', 'كرسي متحرك داخل المركز'],
      en: ['Is there a lift?', 'Wheelchair access', 'Elevator'],
    },
    answer: {
      ar: 'نعم: مدخل بلا درج، مصعد بجانب الاستقبال، كراسٍ متحركة مجانية عند الاستقبال، ودورة مياه مهيأة.',
      en: 'Yes: a step-free entrance, a lift by reception, free wheelchairs at reception and an accessible toilet.',
    },
  },
  {
    id: 'language-help',
    question: { ar: 'هل يوجد من يتكلم لغتي؟', en: 'Does anyone speak my language?' },
    variants: {
      ar: ['مترجم أوردو أو هندي', 'لغة الإشارة', 'لا أتكلم العربية'],
      en: ['Urdu or Hindi speaker', 'Sign language interpreter', 'I do not speak Arabic'],
    },
    answer: {
      ar: 'موظفونا يتحدثون العربية والإنجليزية والأوردو والهندية، ويمكن طلب مترجم لغة إشارة عند الاستقبال.',
      en: 'Our staff speak Arabic, English, Urdu and Hindi; a sign language interpreter can be requested at reception.',
    },
  },
  {
    id: 'assisted-digital',
    question: {
      ar: 'هل يساعدني أحد في استخدام التطبيق أو تعبئة الطلب الإلكتروني؟',
      en: 'Can someone help me use the app or fill in the online form?',
    },
    variants: {
      ar: ['لا أعرف استخدام التطبيق', 'مساعدة في الطلب الإلكتروني'],
      en: ['I do not know how to use the app', 'Help with the online application'],
    },
    answer: {
      ar: 'نعم، في ركن الخدمات الذكية قرب المدخل يساعدك موظف على استخدام التطبيق وتعبئة الطلب.',
      en: 'Yes, at the smart services corner by the entrance a member of staff helps you use the app and fill in the form.',
    },
  },
  {
    id: 'complaints',
    question: {
      ar: 'كيف أقدم شكوى على الخدمة أو موظف؟',
      en: 'How do I complain about the service or a staff member?',
    },
    variants: {
      ar: ['أبغى أشتكي على الموظف', 'مدير المركز', 'المسؤول'],
      en: ['Complain about staff', 'Speak to the manager about a complaint', 'Report an employee'],
    },
    answer: {
      ar: 'اطلب مدير الخدمة عند الاستقبال، أو قدّم الشكوى عبر الموقع أو الرقم الموحد؛ نرد خلال 3 أيام عمل.',
      en: 'Ask for the service manager at reception, or file it on the website or the hotline; we reply within 3 working days.',
    },
  },
  {
    id: 'centre-address',
    question: { ar: 'ما عنوان المركز؟', en: 'What is the centre’s address?' },
    variants: { ar: ['موقع المركز على الخريطة'], en: ['Location of the centre', 'Directions'] },
    answer: {
      ar: 'المركز في شارع الرياض، بجانب محطة المترو؛ رقم مكاني على لوحة المدخل.',
      en: 'The centre is on Al Riyadh Street next to the metro station; its Makani number is on the entrance sign.',
    },
  },
];

/** The entry shown with every representative answer (the rules, kept by the centre). */
export const DEMO_REPRESENTATIVE_FAQ_ID = 'representative';

/**
 * Well-known government services this centre does not provide, with where to go instead; a
 * question about one gets "not at this centre" and the link rather than a near match.
 */
export const DEMO_ELSEWHERE: ElsewhereServiceInput[] = [
  {
    id: 'trade-licence',
    name: { ar: 'الرخصة التجارية', en: 'Trade licence' },
    where: { ar: 'دائرة الاقتصاد والسياحة', en: 'the Department of Economy and Tourism' },
    url: 'https://www.dubaidet.gov.ae',
    keywords: ['trade licence', 'trade license', 'رخصه تجاريه', 'business licence', 'business license'],
  },
  {
    id: 'golden-visa',
    name: { ar: 'الإقامة الذهبية', en: 'Golden visa' },
    where: { ar: 'الهيئة الاتحادية للهوية والجنسية (الموقع أو التطبيق)', en: 'ICP online (website or app)' },
    url: 'https://icp.gov.ae',
    keywords: ['golden', 'ذهبيه', 'الذهبيه'],
  },
  {
    id: 'emirati-passport',
    name: { ar: 'جواز السفر الإماراتي', en: 'Emirati passport' },
    where: { ar: 'الهيئة الاتحادية للهوية والجنسية', en: 'ICP' },
    url: 'https://icp.gov.ae',
    keywords: ['renew passport', 'passport renew', 'جواز سفر', 'تجديد جواز', 'جوازي', 'emirati passport'],
  },
  {
    id: 'citizenship',
    name: { ar: 'الجنسية الإماراتية', en: 'UAE citizenship' },
    where: { ar: 'الهيئة الاتحادية للهوية والجنسية', en: 'ICP' },
    url: 'https://icp.gov.ae',
    keywords: ['citizenship', 'nationality', 'naturalisation', 'الجنسيه', 'جنسيه', 'التجنيس'],
  },
  {
    id: 'visit-visa',
    name: { ar: 'تأشيرة الزيارة', en: 'Visit visa' },
    where: {
      ar: 'الإدارة العامة للإقامة وشؤون الأجانب (الموقع أو التطبيق)',
      en: 'GDRFA online (website or app)',
    },
    url: 'https://gdrfad.gov.ae',
    // Arabizi spellings of زيارة (a visit) and سياحة (tourism) beside a visa word.
    keywords: [
      'visit visa',
      'tourist visa',
      'visitor visa',
      'تاشيره زياره',
      'فيزا زياره',
      'زياره',
      'ziyara',
      'zyara',
      'ziyarah',
      'zeyara',
      'visa siya7a',
      'ta2sheera siya7a',
      'ta2sheerat siya7a',
      'visa seya7a',
      // A tourist visa to come here ("فيزا سياحة حق خالتي"): a visa to visit, from GDRFA.
      'فيزا سياح',
    ],
  },
  {
    id: 'birth-certificate',
    name: { ar: 'شهادة الميلاد', en: 'Birth certificate' },
    where: { ar: 'وزارة الصحة ووقاية المجتمع', en: 'the Ministry of Health and Prevention' },
    url: 'https://mohap.gov.ae',
    keywords: ['birth certificate', 'شهاده ميلاد', 'ميلاد'],
  },
  {
    id: 'marriage-certificate',
    name: { ar: 'عقد الزواج وتصديقه', en: 'Marriage certificate' },
    where: { ar: 'المحاكم (الموقع)', en: 'the courts (online)' },
    url: 'https://www.dc.gov.ae',
    keywords: ['marriage', 'زواج', 'الزواج'],
  },
  {
    id: 'school-registration',
    name: { ar: 'تسجيل الطلاب في المدارس الحكومية', en: 'Government school registration' },
    where: { ar: 'وزارة التربية والتعليم', en: 'the Ministry of Education' },
    url: 'https://moe.gov.ae',
    keywords: ['school', 'مدرسه', 'المدرسه', 'مدارس', 'madrasa', 'madrasah', 'madares', 'madaris'],
  },
  {
    id: 'new-driving-licence',
    name: { ar: 'رخصة قيادة جديدة (أول مرة)', en: 'A first driving licence' },
    where: { ar: 'مدارس تعليم القيادة وهيئة الطرق', en: 'a driving school and the RTA' },
    url: 'https://www.rta.ae',
    keywords: [
      'رخصه اول مره',
      'اول رخصه',
      'driving school',
      'first licence',
      'first license',
      'learn to drive',
      'new driving licence',
      'new driving license',
      'تعليم القياده',
      'learn driving',
      'driving lesson',
      // The driving test itself, in any of its words ("تست السواقة", "road test").
      'driving test',
      'driving exam',
      'road test',
      'تست سواق',
      'تست قياد',
      'تست سياق',
      'اختبار سواق',
      'اختبار قياد',
      'اختبار سياق',
      'امتحان سواق',
      'امتحان قياد',
    ],
  },
  {
    id: 'land-title',
    name: { ar: 'نقل ملكية العقارات', en: 'Property title transfer' },
    where: { ar: 'دائرة الأراضي والأملاك', en: 'the Dubai Land Department' },
    url: 'https://dubailand.gov.ae',
    keywords: ['title deed', 'ملكيه ارض', 'نقل ملكيه ارض', 'ملكيه عقار', 'سند ملكيه', 'property transfer'],
  },
  {
    id: 'pension',
    name: { ar: 'المعاشات والتقاعد', en: 'Pensions' },
    where: { ar: 'الهيئة العامة للمعاشات', en: 'the General Pension and Social Security Authority' },
    url: 'https://gpssa.gov.ae',
    // A retiree's pension ("ابوي متقاعد … معاشه"): معاش alone is also the Gulf word for a salary.
    keywords: ['pension', 'retirement', 'تقاعد', 'التقاعد', 'متقاعد معاش'],
  },
  {
    id: 'social-support',
    name: { ar: 'الدعم الاجتماعي', en: 'Social support' },
    where: { ar: 'هيئة تنمية المجتمع / وزارة تمكين المجتمع', en: 'the Community Development Authority' },
    url: 'https://www.cda.gov.ae',
    keywords: [
      'social support',
      'social welfare',
      'welfare',
      'الدعم الاجتماعي',
      'مساعده اجتماعيه',
      'الضمان الاجتماعي',
    ],
  },
  {
    id: 'utilities',
    name: { ar: 'توصيل الكهرباء والماء', en: 'Electricity and water connection' },
    where: { ar: 'هيئة كهرباء ومياه دبي', en: 'DEWA' },
    url: 'https://www.dewa.gov.ae',
    // The connection first: "توصيل" belongs to the service elsewhere, not to the centre's delivery.
    keywords: [
      'توصيل كهرباء',
      'توصيل مياه',
      'electricity',
      'dewa',
      'water bill',
      'water connection',
      'الكهرباء',
      'كهرباء',
      'فاتوره الماء',
      'فاتوره المياه',
    ],
  },
  {
    id: 'good-conduct',
    name: { ar: 'شهادة حسن السيرة والسلوك', en: 'Good conduct certificate' },
    where: { ar: 'شرطة دبي (الموقع أو التطبيق)', en: 'Dubai Police online (website or app)' },
    url: 'https://www.dubaipolice.gov.ae',
    keywords: ['good conduct', 'police clearance', 'حسن سيره', 'حسن السيره'],
  },
  {
    id: 'police-report',
    name: { ar: 'البلاغات الجنائية', en: 'Police reports' },
    where: { ar: 'شرطة دبي (مركز الشرطة أو التطبيق)', en: 'Dubai Police (a police station or the app)' },
    url: 'https://www.dubaipolice.gov.ae',
    // بلاغ alone is any report: a police report a lost ID needs is a document, and a report about
    // a member of staff is a complaint. Opening one, or one of theft or a crime, is the police's.
    keywords: [
      'police report',
      'report stolen',
      'report a stolen',
      'فتح بلاغ',
      'افتح بلاغ',
      'اسجل بلاغ',
      'بلاغ سرقه',
      'بلاغ جنائي',
      'سرقه سيارتي',
    ],
  },
  {
    id: 'housing',
    name: { ar: 'السكن الحكومي', en: 'Government housing' },
    where: { ar: 'مؤسسة محمد بن راشد للإسكان', en: 'the Mohammed Bin Rashid Housing Establishment' },
    url: 'https://www.mbrhe.gov.ae',
    // A housing grant or loan for citizens (منحة سكنية، قرض سكني), not a tenancy of the citizen's own.
    keywords: ['housing', 'سكن حكومي', 'مسكن', 'اسكان', 'منحه سكني', 'قرض سكني', 'بيت شعبي'],
  },
  {
    id: 'health-card',
    name: { ar: 'البطاقة الصحية', en: 'Health card' },
    where: { ar: 'هيئة الصحة', en: 'the Dubai Health Authority' },
    url: 'https://www.dha.gov.ae',
    keywords: ['health card', 'health insurance', 'بطاقه صحيه', 'البطاقه الصحيه'],
  },
  {
    // Insurance is bought from an insurer: registering a car here needs the certificate, but the
    // policy itself (buying or renewing it) is no service of the centre.
    id: 'vehicle-insurance',
    name: { ar: 'تأمين المركبات', en: 'Vehicle insurance' },
    where: {
      ar: 'شركات التأمين المرخصة من المصرف المركزي',
      en: 'an insurance company licensed by the Central Bank',
    },
    url: 'https://www.centralbank.ae',
    // Renewing the car's policy (its three words, in any order), never insurance named as a paper
    // or condition of a service here ("do I need car insurance to register my car", "renew my
    // residence visa, is medical insurance needed"). Not in English: "car registration" is read as
    // the vehicle's renewal, so "renew car registration, is insurance needed" would name it too.
    keywords: [
      'تامين سيار اجدد',
      'تامين سيار تجديد',
      'تامين سيار يجدد',
      'تامين مركب تجديد',
      'تامين مركب اجدد',
      // Asking whether the centre sells the policy ("تأمين السياره تسوونه هني؟"); not "عندكم", which
      // also says where a car needing insurance is registered.
      'تامين سيار تسوون',
      'تامين سيار تقدمون',
      'تامين سيار توفرون',
      // Getting a policy made ("ابي اسوي تأمين للسيارة", Arabizi "abi asawi ta2meen lel sayyara").
      'تامين سيار اسوي',
    ],
  },
  {
    id: 'salik-nol',
    name: { ar: 'سالك وبطاقة نول', en: 'Salik tolls and the nol card' },
    where: { ar: 'هيئة الطرق والمواصلات', en: 'the RTA' },
    url: 'https://www.rta.ae',
    keywords: ['salik', 'سالك', 'nol', 'نول', 'toll', 'tolls'],
  },
  {
    id: 'courts',
    name: { ar: 'المحاكم والكاتب العدل', en: 'Courts and the notary public' },
    where: { ar: 'محاكم دبي', en: 'Dubai Courts' },
    url: 'https://www.dc.gov.ae',
    keywords: [
      'court',
      'courts',
      'lawsuit',
      'notary',
      'divorce',
      'power of attorney',
      'محكمه',
      'المحكمه',
      'قضيه',
      'كاتب عدل',
      'الكاتب العدل',
      'طلاق',
      'الطلاق',
      'وكاله قانونيه',
    ],
  },
  {
    id: 'death-certificate',
    name: { ar: 'شهادة الوفاة', en: 'Death certificate' },
    where: { ar: 'هيئة الصحة', en: 'the Dubai Health Authority' },
    url: 'https://www.dha.gov.ae',
    keywords: ['death certificate', 'شهاده وفاه', 'وفاه'],
  },
  {
    // A licence named by another activity is no driving licence ("renew my fishing licence").
    id: 'fishing-hunting-licence',
    name: { ar: 'رخص الصيد', en: 'Fishing and hunting licences' },
    where: { ar: 'وزارة التغير المناخي والبيئة', en: 'the Ministry of Climate Change and Environment' },
    url: 'https://www.moccae.gov.ae',
    keywords: [
      'fishing licence',
      'fishing license',
      'fishing permit',
      'hunting licence',
      'hunting license',
      'hunting permit',
      'رخصه صيد',
      'رخصه الصيد',
      'تصريح صيد',
      'ترخيص صيد',
    ],
  },
  {
    id: 'certificate-attestation',
    name: { ar: 'تصديق الشهادات الدراسية ومعادلتها', en: 'Attesting and recognising education certificates' },
    where: {
      ar: 'وزارة الخارجية ووزارة التربية والتعليم',
      en: 'the Ministry of Foreign Affairs and the Ministry of Education',
    },
    url: 'https://www.mofa.gov.ae',
    keywords: [
      'degree',
      'diploma',
      'university certificate',
      'equivalency',
      'شهاده جامعيه',
      'الشهاده الجامعيه',
      'معادله',
      'شهادتي الجامعيه',
      'شهاده التخرج',
    ],
  },
  {
    id: 'rent-dispute',
    name: { ar: 'النزاعات الإيجارية', en: 'Rental disputes' },
    where: { ar: 'مركز فض المنازعات الإيجارية', en: 'the Rental Dispute Centre' },
    url: 'https://rdc.gov.ae',
    // A quarrel with the landlord, not attesting the contract the two signed.
    keywords: [
      'rent increase',
      'increase rent',
      'increasing rent',
      'increasing the rent',
      'rental dispute',
      'rent dispute',
      'eviction',
      'evict',
      'evicted',
      'زياده الايجار',
      'نزاع ايجاري',
      'المنازعات الايجاريه',
    ],
  },
  {
    id: 'pet-licence',
    name: { ar: 'ترخيص الحيوانات الأليفة', en: 'Pet licences' },
    where: {
      ar: 'البلدية (الخدمات البيطرية، عبر الموقع)',
      en: 'the municipality’s veterinary services (online)',
    },
    url: 'https://www.dm.gov.ae',
    keywords: [
      'dog licence',
      'dog license',
      'pet licence',
      'pet license',
      'رخصه كلب',
      'ترخيص كلب',
      'ترخيص قط',
    ],
  },
  {
    id: 'hajj-umrah',
    name: { ar: 'تصاريح الحج والعمرة', en: 'Hajj and Umrah permits' },
    where: { ar: 'الهيئة العامة للشؤون الإسلامية والأوقاف', en: 'the General Authority of Islamic Affairs' },
    url: 'https://www.awqaf.gov.ae',
    // Not عمره alone: that is also "his age" (عمره سبعين), and عمرها hers.
    keywords: ['hajj', 'umrah', 'حج', 'الحج', 'العمره', 'تصريح عمره'],
  },
  {
    id: 'tax',
    name: { ar: 'التسجيل الضريبي والإقرارات', en: 'Tax registration and returns' },
    where: { ar: 'الهيئة الاتحادية للضرائب', en: 'the Federal Tax Authority' },
    url: 'https://tax.gov.ae',
    // Registering for or filing a tax; "is VAT included in the fee" is still the centre's fee.
    keywords: [
      'vat registration',
      'vat return',
      'vat refund',
      'corporate tax',
      'tax registration',
      'tax return',
      'تسجيل ضريبه',
      'رقم ضريبي',
      'اقرار ضريبي',
      'ضريبه الشركات',
    ],
  },
  {
    id: 'unemployment-insurance',
    name: { ar: 'التأمين ضد التعطل عن العمل', en: 'Unemployment insurance' },
    where: { ar: 'نظام التأمين ضد التعطل عن العمل (الموقع أو التطبيق)', en: 'the ILOE scheme online' },
    url: 'https://www.iloe.ae',
    keywords: ['unemployment insurance', 'job loss insurance', 'iloe', 'التعطل عن العمل', 'تامين التعطل'],
  },
  {
    id: 'embassy',
    name: { ar: 'خدمات السفارات والقنصليات', en: 'Embassy and consulate services' },
    where: { ar: 'سفارة بلدك أو قنصليته', en: "your country's embassy or consulate" },
    url: 'https://www.mofa.gov.ae',
    keywords: ['embassy', 'consulate', 'سفاره', 'السفاره', 'قنصليه', 'القنصليه'],
  },
];

/** The dashboard's per-entity configuration editor (services, queues, counters, devices, feedback…). */
import type { AppStrings } from '../catalog.js';

type Key =
  | 'title'
  | 'intro'
  | 'chooseKind'
  | 'kind_centre'
  | 'kind_agencies'
  | 'kind_services'
  | 'kind_queues'
  | 'kind_counters'
  | 'kind_workProfiles'
  | 'kind_displays'
  | 'kind_kiosks'
  | 'kind_feedback'
  | 'kind_languages'
  | 'kind_advanced'
  | 'add'
  | 'edit'
  | 'remove'
  | 'confirmRemove'
  | 'save'
  | 'cancel'
  | 'saved'
  | 'removed'
  | 'notSaved'
  | 'invalidJson'
  | 'editing'
  | 'adding'
  | 'empty'
  | 'colId'
  | 'colName'
  | 'colDetails'
  | 'colActions'
  | 'id'
  | 'idHint'
  | 'nameAr'
  | 'nameEn'
  | 'agency'
  | 'queue'
  | 'expectedMinutes'
  | 'targetShare'
  | 'targetMinutes'
  | 'priorityEligible'
  | 'requiredDocuments'
  | 'onlineUrl'
  | 'prefix'
  | 'queueOpen'
  | 'label'
  | 'workProfile'
  | 'rules'
  | 'interleavePriority'
  | 'interleaveNormal'
  | 'interleaveHint'
  | 'timeZone'
  | 'openingHours'
  | 'closedDay'
  | 'opens'
  | 'closes'
  | 'closedDates'
  | 'closedDatesHint'
  | 'closedDateDay'
  | 'closedDateReasonAr'
  | 'closedDateReasonEn'
  | 'closedDateSpecialHours'
  | 'closedDateAdd'
  | 'closedDateRemove'
  | 'closedDateRepeated'
  | 'recallsBeforeNoShow'
  | 'recycleMinutes'
  | 'endOfDay'
  | 'digits'
  | 'digitsDefault'
  | 'digitsLatn'
  | 'digitsArab'
  | 'lastTicketMinutes'
  | 'lastTicketMinutesHint'
  | 'typicalBreakMinutes'
  | 'typicalBreakMinutesHint'
  | 'queueLastTicketHint'
  | 'announcementLanguages'
  | 'device'
  | 'deviceDefaults'
  | 'deviceConfigured'
  | 'resetDefaults'
  | 'queuesShown'
  | 'allQueues'
  | 'languages'
  | 'lang_ar_en'
  | 'lang_en_ar'
  | 'lang_ar'
  | 'lang_en'
  | 'historySize'
  | 'showWaiting'
  | 'fragmentNote'
  | 'location'
  | 'agenciesOffered'
  | 'allAgencies'
  | 'printer'
  | 'printerHint'
  | 'printerNone'
  | 'printer_address'
  | 'printerAddressHint'
  | 'printer_type'
  | 'printer_paperWidthMm'
  | 'printer_mode'
  | 'paper'
  | 'printerMode_bitmap'
  | 'printerMode_text'
  | 'printerFromEnv'
  | 'printerPaperOut'
  | 'printerOffline'
  | 'printerWorking'
  | 'feedbackEnabled'
  | 'feedbackWindow'
  | 'noDevices'
  | 'yes'
  | 'no';

export const configEditor: AppStrings<Key> = {
  ar: {
    title: 'إعدادات المركز',
    intro: 'كل تغيير يُتحقق منه ويُسجَّل ويسري فوراً على الأكشاك والشاشات والكاونترات.',
    chooseKind: 'ما الذي تريد إعداده',
    kind_centre: 'المركز وساعات العمل',
    kind_agencies: 'الجهات',
    kind_services: 'الخدمات',
    kind_queues: 'الطوابير',
    kind_counters: 'الكاونترات',
    kind_workProfiles: 'ملفات العمل',
    kind_displays: 'الشاشات',
    kind_kiosks: 'الأكشاك',
    kind_feedback: 'مؤشر السعادة',
    kind_languages: 'اللغات والنصوص الناقصة',
    kind_advanced: 'متقدم (JSON)',
    add: 'إضافة',
    edit: 'تعديل',
    remove: 'حذف',
    confirmRemove: 'تأكيد حذف «{{name}}»',
    save: 'حفظ',
    cancel: 'إلغاء',
    saved: 'تم الحفظ وسرى التغيير.',
    removed: 'تم الحذف.',
    notSaved: 'لم يُحفظ: {{message}}',
    invalidJson: 'الحقل «{{field}}» ليس JSON صحيحاً: {{message}}',
    editing: 'تعديل: {{name}}',
    adding: 'إضافة جديد',
    empty: 'لا يوجد شيء بعد.',
    colId: 'المعرّف',
    colName: 'الاسم',
    colDetails: 'التفاصيل',
    colActions: 'إجراءات',
    id: 'المعرّف',
    idHint: 'أحرف لاتينية وأرقام و _ . : - ؛ لا يتغير بعد الإضافة.',
    nameAr: 'الاسم بالعربية',
    nameEn: 'الاسم بالإنجليزية',
    agency: 'الجهة',
    queue: 'الطابور',
    expectedMinutes: 'مدة الخدمة المتوقعة (دقائق)',
    targetShare: 'الهدف: نسبة الزيارات (٪)',
    targetMinutes: 'الهدف: خلال (دقائق)',
    priorityEligible: 'فئات الأولوية المؤهلة',
    requiredDocuments: 'المستندات المطلوبة (JSON: قائمة من {"ar": …, "en": …})',
    onlineUrl: 'رابط الخدمة الإلكترونية (اختياري)',
    prefix: 'بادئة التذاكر (حرف أو حرفان لاتينيان كبيران)',
    queueOpen: 'مفتوح لإصدار تذاكر جديدة',
    label: 'رقم الكاونتر المعروض',
    workProfile: 'ملف العمل',
    rules: 'قواعد النداء (JSON، بالترتيب)',
    interleavePriority: 'التناوب: تذاكر أولوية',
    interleaveNormal: 'التناوب: تذاكر عادية',
    interleaveHint: 'اترك الحقلين فارغين لاستخدام نسبة المركز.',
    timeZone: 'المنطقة الزمنية',
    openingHours: 'ساعات العمل',
    closedDay: 'مغلق',
    opens: 'يفتح',
    closes: 'يغلق',
    closedDates: 'العطل الرسمية والأيام الخاصة',
    closedDatesHint:
      'يغلق المركز في هذه التواريخ (لا تذاكر ولا حجوزات)، إلا إذا حددت له ساعات خاصة لذلك اليوم. يظهر السبب للمراجعين.',
    closedDateDay: 'التاريخ',
    closedDateReasonAr: 'السبب بالعربية',
    closedDateReasonEn: 'السبب بالإنجليزية',
    closedDateSpecialHours: 'مفتوح بساعات خاصة',
    closedDateAdd: 'أضف تاريخاً',
    closedDateRemove: 'احذف هذا التاريخ',
    closedDateRepeated: '{{date}} مذكور أكثر من مرة؛ احذف أحد السطرين.',
    recallsBeforeNoShow: 'مرات إعادة النداء قبل اعتباره غائباً',
    recycleMinutes: 'دقائق إعادة التذكرة إلى الطابور',
    endOfDay: 'نهاية اليوم',
    digits: 'الأرقام في النص العربي (كل الشاشات والتذاكر)',
    digitsDefault: 'الافتراضي (لاتينية 0123)',
    digitsLatn: 'لاتينية 0123',
    digitsArab: 'عربية هندية ٠١٢٣',
    lastTicketMinutes: 'دقائق آخر تذكرة قبل الإغلاق',
    lastTicketMinutesHint:
      'تتوقف تذاكر الحضور المباشر قبل الإغلاق بهذه الدقائق (من {{min}} إلى {{max}}). اتركه فارغاً للافتراضي: {{default}}.',
    queueLastTicketHint: 'لهذا الطابور وحده (من {{min}} إلى {{max}}). اتركه فارغاً لاستخدام إعداد المركز.',
    announcementLanguages:
      'لغات إضافية لنداءات هذا الطابور على الشاشات (بعد العربية والإنجليزية، بهذا الترتيب)',
    typicalBreakMinutes: 'المدة المعتادة للاستراحة بالدقائق',
    typicalBreakMinutesHint:
      'يتوقع تقدير الانتظار عودة الكاونتر من الاستراحة بعد هذه الدقائق (من {{min}} إلى {{max}}). اتركه فارغاً للافتراضي: {{default}}.',
    device: 'الجهاز',
    deviceDefaults: 'الإعدادات الافتراضية',
    deviceConfigured: 'معدّة',
    resetDefaults: 'استعادة الافتراضي',
    queuesShown: 'الطوابير المعروضة (بلا اختيار = الكل)',
    allQueues: 'كل الطوابير',
    languages: 'ترتيب اللغات',
    lang_ar_en: 'العربية ثم الإنجليزية',
    lang_en_ar: 'الإنجليزية ثم العربية',
    lang_ar: 'العربية فقط',
    lang_en: 'الإنجليزية فقط',
    historySize: 'عدد النداءات السابقة المعروضة',
    showWaiting: 'عرض أعداد المنتظرين',
    fragmentNote: 'القيم المكتوبة في رابط الشاشة (#queues=… ‎&lang=…) تتقدم على هذه الإعدادات.',
    location: 'الموقع (يظهر لمساعدي الصالة في طلبات المساعدة)',
    agenciesOffered: 'الجهات المعروضة (بلا اختيار = الكل)',
    allAgencies: 'كل الجهات',
    printer: 'طابعة التذاكر',
    printerHint:
      'يطبع الخادم تذاكر هذا الكشك على هذه الطابعة بدلاً من الطابعة التي ضبطها الفني للكشك عند تركيب النظام. امسح العنوان للرجوع إليها.',
    printerNone:
      'لا طابعة خاصة بهذا الكشك هنا: يطبع على الطابعة التي ضبطها له الفني عند تركيب النظام، إن وُجدت.',
    printer_address: 'عنوان الطابعة',
    printerAddressHint: 'على الشبكة أو منفذ تسلسلي أو طابعة CUPS، مثل:',
    printer_type: 'نوع الطابعة',
    printer_paperWidthMm: 'عرض الورق',
    printer_mode: 'طباعة العربية',
    paper: '{{mm}} مم',
    printerMode_bitmap: 'صورة (bitmap)',
    printerMode_text: 'نص تشكّله الطابعة (text)',
    printerFromEnv: 'من إعدادات البيئة',
    printerPaperOut: 'نفد ورق الطابعة',
    printerOffline: 'الطابعة غير متصلة',
    printerWorking: 'الطابعة تعمل',
    feedbackEnabled: 'عرض مؤشر السعادة وقبول التقييمات',
    feedbackWindow: 'يُقبل التقييم خلال (دقائق بعد انتهاء الزيارة)',
    noDevices: 'لا توجد أجهزة مسجلة من هذا النوع.',
    yes: 'نعم',
    no: 'لا',
  },
  en: {
    title: 'Centre configuration',
    intro: 'Every change is validated, audited and applied at once to kiosks, displays and counters.',
    chooseKind: 'What to configure',
    kind_centre: 'Centre and hours',
    kind_agencies: 'Agencies',
    kind_services: 'Services',
    kind_queues: 'Queues',
    kind_counters: 'Counters',
    kind_workProfiles: 'Work profiles',
    kind_displays: 'Displays',
    kind_kiosks: 'Kiosks',
    kind_feedback: 'Happiness meter',
    kind_languages: 'Languages and missing texts',
    kind_advanced: 'Advanced (JSON)',
    add: 'Add',
    edit: 'Edit',
    remove: 'Remove',
    confirmRemove: 'Confirm removing “{{name}}”',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Saved and applied.',
    removed: 'Removed.',
    notSaved: 'Not saved: {{message}}',
    invalidJson: '“{{field}}” is not valid JSON: {{message}}',
    editing: 'Editing: {{name}}',
    adding: 'Adding new',
    empty: 'Nothing here yet.',
    colId: 'Id',
    colName: 'Name',
    colDetails: 'Details',
    colActions: 'Actions',
    id: 'Id',
    idHint: 'Latin letters, digits and _ . : -; cannot change after adding.',
    nameAr: 'Name in Arabic',
    nameEn: 'Name in English',
    agency: 'Agency',
    queue: 'Queue',
    expectedMinutes: 'Expected service time (minutes)',
    targetShare: 'Target: share of visits (%)',
    targetMinutes: 'Target: within (minutes)',
    priorityEligible: 'Eligible priority groups',
    requiredDocuments: 'Required documents (JSON: a list of {"ar": …, "en": …})',
    onlineUrl: 'Online service link (optional)',
    prefix: 'Ticket prefix (one or two capital Latin letters)',
    queueOpen: 'Open for new tickets',
    label: 'Counter number shown',
    workProfile: 'Work profile',
    rules: 'Calling rules (JSON, in order)',
    interleavePriority: 'Interleave: priority tickets',
    interleaveNormal: 'Interleave: normal tickets',
    interleaveHint: "Leave both empty to use the centre's ratio.",
    timeZone: 'Time zone',
    openingHours: 'Opening hours',
    closedDay: 'Closed',
    opens: 'Opens',
    closes: 'Closes',
    closedDates: 'Public holidays and special days',
    closedDatesHint:
      'The centre is closed on these dates (no tickets, no bookings) unless you give the day its own hours. Citizens see the reason.',
    closedDateDay: 'Date',
    closedDateReasonAr: 'Reason in Arabic',
    closedDateReasonEn: 'Reason in English',
    closedDateSpecialHours: 'Open special hours',
    closedDateAdd: 'Add a date',
    closedDateRemove: 'Remove this date',
    closedDateRepeated: '{{date}} is listed more than once; remove one of the rows.',
    recallsBeforeNoShow: 'Recalls before a no-show',
    recycleMinutes: 'Minutes before a ticket is put back in the queue',
    endOfDay: 'End of day',
    digits: 'Digits in Arabic text (every screen and ticket)',
    digitsDefault: 'Default (Latin 0123)',
    digitsLatn: 'Latin 0123',
    digitsArab: 'Arabic-Indic ٠١٢٣',
    lastTicketMinutes: 'Last ticket, minutes before closing',
    lastTicketMinutesHint:
      'Walk-in tickets stop this many minutes before closing ({{min}} to {{max}}). Leave empty for the default: {{default}}.',
    queueLastTicketHint: "For this queue only ({{min}} to {{max}}). Leave empty to use the centre's setting.",
    announcementLanguages:
      "Languages the boards also announce this queue's calls in (after Arabic and English, in the order ticked)",
    typicalBreakMinutes: 'Usual break, minutes',
    typicalBreakMinutesHint:
      'The waiting-time estimate expects a counter back from a break after this many minutes ({{min}} to {{max}}). Leave empty for the default: {{default}}.',
    device: 'Device',
    deviceDefaults: 'Default settings',
    deviceConfigured: 'Configured',
    resetDefaults: 'Reset to defaults',
    queuesShown: 'Queues shown (none ticked = all)',
    allQueues: 'All queues',
    languages: 'Language order',
    lang_ar_en: 'Arabic, then English',
    lang_en_ar: 'English, then Arabic',
    lang_ar: 'Arabic only',
    lang_en: 'English only',
    historySize: 'Earlier calls shown',
    showWaiting: 'Show waiting counts',
    fragmentNote:
      "Values written in a screen's address (#queues=…&lang=…) take precedence over these settings.",
    location: 'Location (shown to floor assistants in help requests)',
    agenciesOffered: 'Agencies offered (none ticked = all)',
    allAgencies: 'All agencies',
    printer: 'Ticket printer',
    printerHint:
      "The hub prints this kiosk's tickets on this printer instead of the one your technician set up for it when installing the system. Clear the address to go back to that one.",
    printerNone:
      'No printer of its own here: it prints on the one your technician set up for it when installing the system, if there is one.',
    printer_address: 'Printer address',
    printerAddressHint: 'On the network, a serial port or a CUPS printer, e.g.:',
    printer_type: 'Printer type',
    printer_paperWidthMm: 'Paper width',
    printer_mode: 'Arabic printed as',
    paper: '{{mm}} mm',
    printerMode_bitmap: 'Image (bitmap)',
    printerMode_text: 'Text shaped by the printer (text)',
    printerFromEnv: "the environment's",
    printerPaperOut: 'printer out of paper',
    printerOffline: 'printer offline',
    printerWorking: 'printer working',
    feedbackEnabled: 'Offer the happiness meter and accept ratings',
    feedbackWindow: 'Ratings accepted for (minutes after the visit ends)',
    noDevices: 'No devices of this kind are registered.',
    yes: 'Yes',
    no: 'No',
  },
};

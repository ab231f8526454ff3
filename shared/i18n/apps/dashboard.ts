/** The manager dashboard's strings. */
import type { AppStrings } from '../catalog.js';

type Key =
  | 'title'
  | 'signInTitle'
  | 'username'
  | 'pin'
  | 'signIn'
  | 'signOut'
  | 'signInFailed'
  | 'tabLive'
  | 'tabReports'
  | 'tabConfig'
  | 'agencies'
  | 'queues'
  | 'counters'
  | 'alerts'
  | 'noAlerts'
  | 'agency'
  | 'queue'
  | 'waitingNow'
  | 'longestWait'
  | 'servedToday'
  | 'noShows'
  | 'abandoned'
  | 'serviceLevel'
  | 'sl_green'
  | 'sl_amber'
  | 'sl_red'
  | 'open'
  | 'closed'
  | 'closeQueue'
  | 'reopenQueue'
  | 'closeQueueTitle'
  | 'closeQueueWhat'
  | 'closeQueueYes'
  | 'scheduleClose'
  | 'scheduleReopen'
  | 'scheduleAt'
  | 'schedule'
  | 'scheduled'
  | 'cutoffPendingClose'
  | 'cutoffPendingOpen'
  | 'cancelCutoff'
  | 'cutoffCancelled'
  | 'closeAt'
  | 'counterStatus_serving'
  | 'counterStatus_idle'
  | 'counterStatus_break'
  | 'counterStatus_closed'
  | 'counterCalledWaiting'
  | 'staff'
  | 'currentTicket'
  | 'servingFor'
  | 'workProfile'
  | 'moveCounter'
  | 'alert_queue_over_threshold'
  | 'alert_counter_idle'
  | 'alert_printer_offline'
  | 'alert_printer_paper_out'
  | 'alert_printer_paper_low'
  | 'alert_sync_lagging'
  | 'alert_device_silent'
  | 'alert_backup_stopped'
  | 'backupLastGood'
  | 'backupNever'
  | 'backupOff'
  | 'backupFailing'
  | 'backupNow'
  | 'backupRunning'
  | 'backupDone'
  | 'alert_disk_low'
  | 'acknowledge'
  | 'acknowledgedBy'
  | 'cleared'
  | 'announce'
  | 'announceAr'
  | 'announceEn'
  | 'announceMinutes'
  | 'announceSend'
  | 'announced'
  | 'endOfDay'
  | 'endOfDayRemove'
  | 'endOfDayKeep'
  | 'endOfDayDone'
  | 'chartArrivals'
  | 'chartArrivalsServed'
  | 'chartServed'
  | 'chartWaits'
  | 'chartWaitsLabel'
  | 'chartServiceLevel'
  | 'chartHour'
  | 'chartVisits'
  | 'chartOver'
  | 'from'
  | 'to'
  | 'groupBy'
  | 'group_service'
  | 'group_agency'
  | 'group_counter'
  | 'group_staff'
  | 'group_hour'
  | 'group_weekday'
  | 'run'
  | 'exportCsv'
  | 'print'
  | 'reportTitle'
  | 'noData'
  | 'total'
  | 'none'
  | 'col_visits'
  | 'col_avgWait'
  | 'col_medianWait'
  | 'col_p90Wait'
  | 'col_avgTransaction'
  | 'col_avgWalking'
  | 'col_serviceLevel'
  | 'col_noShowRate'
  | 'col_abandonmentRate'
  | 'col_transfers'
  | 'col_happy'
  | 'col_neutral'
  | 'col_unhappy'
  | 'channel_kiosk'
  | 'channel_appointment'
  | 'channel_floor'
  | 'channel_remote'
  | 'channel_api'
  | 'weekday_0'
  | 'weekday_1'
  | 'weekday_2'
  | 'weekday_3'
  | 'weekday_4'
  | 'weekday_5'
  | 'weekday_6'
  | 'thresholds'
  | 'amberMargin'
  | 'queueMaxWaiting'
  | 'queueMaxWaitMinutes'
  | 'counterIdleMinutes'
  | 'save'
  | 'saved'
  | 'catalogue'
  | 'catalogueHelp'
  | 'apply'
  | 'staffAccounts'
  | 'displayName'
  | 'roles'
  | 'active'
  | 'newPin'
  | 'audit'
  | 'auditWhen'
  | 'auditWho'
  | 'auditWhat'
  | 'minutesShort'
  | 'percent'
  | 'devicesTitle'
  | 'devicesIntro'
  | 'devicesRefresh'
  | 'devicesNone'
  | 'devicesLoadFailed'
  | 'deviceCol_name'
  | 'deviceCol_role'
  | 'deviceCol_connection'
  | 'deviceCol_lastSeen'
  | 'deviceCol_expiry'
  | 'deviceCol_state'
  | 'deviceCol_actions'
  | 'deviceRole_kiosk'
  | 'deviceRole_display'
  | 'deviceOnline'
  | 'deviceOffline'
  | 'deviceNeverSeen'
  | 'deviceHealthTitle'
  | 'deviceHealthIntro'
  | 'deviceHealthClosed'
  | 'deviceHealthNone'
  | 'healthCol_kind'
  | 'healthCol_state'
  | 'healthCol_version'
  | 'healthCol_printer'
  | 'healthCol_link'
  | 'healthKind_kiosk'
  | 'healthKind_display'
  | 'healthKind_counter'
  | 'healthKind_floor'
  | 'healthKind_printer'
  | 'healthKind_serial'
  | 'healthKind_peripheral'
  | 'healthState_online'
  | 'healthState_offline'
  | 'healthState_silent'
  | 'healthPrinter_ok'
  | 'healthPrinter_paper_near_end'
  | 'healthPrinter_paper_out'
  | 'healthPrinter_cover_open'
  | 'healthPrinter_error'
  | 'healthPrinter_offline'
  | 'healthLink_open'
  | 'healthLink_closed'
  | 'healthLink_error'
  | 'healthOf'
  | 'healthDetail_ready'
  | 'healthDetail_paper_near_end'
  | 'healthDetail_paper_out'
  | 'healthDetail_cover_open'
  | 'healthDetail_printer_error'
  | 'healthDetail_offline'
  | 'healthDetail_unknown'
  | 'healthDetail_timeout'
  | 'healthDetail_bad_reply'
  | 'healthDetail_bad_data'
  | 'healthDetail_io'
  | 'healthDetail_connected'
  | 'healthDetail_unplugged'
  | 'healthDetail_noAnswer'
  | 'healthDetail_noSpeechVoice'
  | 'healthDetail_other'
  | 'deviceNoExpiry'
  | 'deviceState_active'
  | 'deviceState_expired'
  | 'deviceState_revoked'
  | 'deviceRevokedDetail'
  | 'deviceKeyRotated'
  | 'deviceNewKey'
  | 'deviceSetExpiry'
  | 'deviceRevoke'
  | 'deviceActionFailed'
  | 'deviceRevoked'
  | 'deviceExpirySaved'
  | 'deviceExpiryCleared'
  | 'deviceRevokeTitle'
  | 'deviceRevokeWarning'
  | 'deviceRevokeReason'
  | 'deviceRevokeReasonHint'
  | 'deviceRevokeNext'
  | 'deviceCancel'
  | 'deviceRevokeConfirm'
  | 'deviceRevokedReason'
  | 'deviceRevokeYes'
  | 'deviceBack'
  | 'deviceExpiryTitle'
  | 'deviceExpiryHint'
  | 'deviceExpiryNone'
  | 'deviceExpiryNow'
  | 'deviceExpiryDate'
  | 'deviceExpirySave'
  | 'deviceExpiryClear'
  | 'deviceRekeyTitle'
  | 'deviceRekeyHowTo'
  | 'deviceRekeyCode'
  | 'deviceRekeyValid'
  | 'deviceRekeyOnce'
  | 'deviceDone';

export const dashboard: AppStrings<Key> = {
  ar: {
    title: 'لوحة مدير المركز',
    signInTitle: 'تسجيل دخول المدير',
    username: 'اسم المستخدم',
    pin: 'الرقم السري',
    signIn: 'دخول',
    signOut: 'خروج',
    signInFailed: 'تعذر تسجيل الدخول',
    tabLive: 'مباشر',
    tabReports: 'التقارير',
    tabConfig: 'الإعدادات',
    agencies: 'الجهات',
    queues: 'الطوابير',
    counters: 'الكاونترات',
    alerts: 'التنبيهات',
    noAlerts: 'لا توجد تنبيهات',
    agency: 'الجهة',
    queue: 'الطابور',
    waitingNow: 'في الانتظار الآن',
    longestWait: 'أطول انتظار',
    servedToday: 'تمت خدمتهم اليوم',
    noShows: 'لم يحضروا',
    abandoned: 'غادروا',
    serviceLevel: 'مستوى الخدمة',
    sl_green: 'ضمن الهدف',
    sl_amber: 'قريب من الهدف',
    sl_red: 'دون الهدف',
    open: 'مفتوح',
    closed: 'مغلق',
    closeQueue: 'إغلاق',
    reopenQueue: 'إعادة فتح',
    closeQueueTitle: 'إغلاق طابور {{queue}}؟',
    closeQueueWhat:
      'يتوقف الكشك وصفحة الهاتف فورًا عن إصدار تذاكر جديدة لهذا الطابور. التذاكر الصادرة من قبل تبقى تُنادى وتُخدم، ويمكنك إعادة فتحه في أي وقت.',
    closeQueueYes: 'إغلاق {{queue}} الآن',
    scheduleClose: 'إيقاف التذاكر الساعة',
    scheduleReopen: 'إعادة الفتح الساعة',
    scheduleAt: 'وقت التغيير المجدول لطابور {{queue}}',
    schedule: 'جدولة',
    scheduled: 'تمت الجدولة',
    cutoffPendingClose: 'لا تذاكر جديدة بعد {{time}}',
    cutoffPendingOpen: 'يعاد الفتح الساعة {{time}}',
    cancelCutoff: 'إلغاء الجدولة',
    cutoffCancelled: 'أُلغيت الجدولة',
    closeAt: 'إغلاق في الساعة',
    counterStatus_serving: 'يخدم',
    counterStatus_idle: 'متاح',
    counterStatus_break: 'استراحة',
    counterStatus_closed: 'مغلق',
    // A ticket called and the citizen not yet at the counter: not "serving" (U11). منذ takes the genitive.
    counterCalledWaiting: 'تم النداء · بانتظار المراجع منذ {{minutesAfter}}',
    staff: 'الموظف',
    currentTicket: 'التذكرة الحالية',
    servingFor: 'مدة الخدمة',
    workProfile: 'ملف العمل',
    moveCounter: 'نقل الكاونتر',
    alert_queue_over_threshold:
      'الطابور {{subject}} تجاوز الحد: {{waiting}} في الانتظار، أطول انتظار {{minutes}}',
    alert_counter_idle: 'الكاونتر {{subject}} متاح دون نداء منذ {{minutesAfter}} و{{waiting}} في الانتظار',
    alert_printer_offline: 'الطابعة {{subject}} غير متصلة',
    alert_printer_paper_out: 'نفد الورق في الطابعة {{subject}}',
    alert_printer_paper_low: 'الورق في الطابعة {{subject}} على وشك النفاد: بدّلوا اللفافة قريبًا',
    alert_sync_lagging: 'المزامنة مع الملف المركزي متأخرة',
    alert_device_silent: 'لا اتصال من الجهاز {{subject}} منذ مدة',
    alert_backup_stopped: 'توقفت النسخ الاحتياطية: لا نسخة سليمة منذ أكثر من ضعف المدة المحددة',
    backupLastGood: 'آخر نسخة احتياطية سليمة: {{ago}}',
    backupNever: 'لم تؤخذ أي نسخة احتياطية سليمة بعد',
    backupOff:
      'النسخ الاحتياطي غير مُعَدّ: اطلبوا من الفني تحديد مجلد النسخ الاحتياطية (قسم «تشغيل مركز» في دليل النظام)',
    backupFailing: 'فشلت آخر محاولة نسخ احتياطي: {{error}}',
    backupNow: 'انسخ احتياطيًا الآن',
    backupRunning: 'جارٍ النسخ الاحتياطي…',
    backupDone: 'تم أخذ نسخة احتياطية سليمة',
    alert_disk_low: 'المساحة الحرة على قرص الخادم منخفضة: {{freeMegabytes}} ميغابايت متبقية',
    acknowledge: 'تأكيد الاطلاع',
    acknowledgedBy: 'اطلع عليه {{who}}',
    cleared: 'زال السبب',
    announce: 'رسالة على الشاشات',
    announceAr: 'النص بالعربية',
    announceEn: 'النص بالإنجليزية',
    announceMinutes: 'المدة (دقائق)',
    announceSend: 'عرض الرسالة',
    announced: 'تم إرسال الرسالة إلى الشاشات',
    endOfDay: 'نهاية اليوم',
    endOfDayRemove: 'إزالة التذاكر المنتظرة',
    endOfDayKeep: 'إبقاء التذاكر المنتظرة',
    endOfDayDone: 'التذاكر التي عولجت: {{count}}',
    chartArrivals: 'الوصول',
    chartArrivalsServed: 'الوصول مقابل الخدمة لكل ساعة',
    chartServed: 'تمت خدمتهم',
    chartWaits: 'توزيع أوقات الانتظار',
    chartWaitsLabel: 'حتى {{minutes}}',
    chartServiceLevel: 'مستوى الخدمة خلال اليوم',
    chartHour: 'الساعة',
    chartVisits: 'الزيارات',
    chartOver: 'أكثر من {{minutes}}',
    from: 'من',
    to: 'إلى',
    groupBy: 'التجميع حسب',
    group_service: 'الخدمة',
    group_agency: 'الجهة',
    group_counter: 'الكاونتر',
    group_staff: 'الموظف',
    group_hour: 'ساعة اليوم',
    group_weekday: 'يوم الأسبوع',
    run: 'عرض التقرير',
    exportCsv: 'تصدير CSV',
    print: 'طباعة',
    reportTitle: 'تقرير الأداء من {{from}} إلى {{to}}',
    noData: 'لا توجد زيارات في هذه الفترة',
    total: 'الإجمالي',
    none: 'غير محدد',
    col_visits: 'الزيارات',
    col_avgWait: 'متوسط الانتظار (دقيقة)',
    col_medianWait: 'وسيط الانتظار (دقيقة)',
    col_p90Wait: 'انتظار 90% (دقيقة)',
    col_avgTransaction: 'متوسط المعاملة (دقيقة)',
    col_avgWalking: 'متوسط المشي (ثانية)',
    col_serviceLevel: 'مستوى الخدمة %',
    col_noShowRate: 'عدم الحضور %',
    col_abandonmentRate: 'المغادرة %',
    col_transfers: 'التحويلات',
    col_happy: 'راضٍ %',
    col_neutral: 'محايد %',
    col_unhappy: 'غير راضٍ %',
    channel_kiosk: 'الكشك',
    channel_appointment: 'موعد',
    channel_floor: 'موظف الاستقبال',
    channel_remote: 'الهاتف',
    channel_api: 'نظام آخر',
    weekday_0: 'الأحد',
    weekday_1: 'الاثنين',
    weekday_2: 'الثلاثاء',
    weekday_3: 'الأربعاء',
    weekday_4: 'الخميس',
    weekday_5: 'الجمعة',
    weekday_6: 'السبت',
    thresholds: 'حدود التنبيه ومستوى الخدمة',
    amberMargin: 'هامش اللون الأصفر (نقاط مئوية)',
    queueMaxWaiting: 'أقصى عدد في الانتظار',
    queueMaxWaitMinutes: 'أقصى انتظار (دقيقة)',
    counterIdleMinutes: 'خمول الكاونتر (دقيقة)',
    save: 'حفظ',
    saved: 'تم الحفظ',
    catalogue: 'إعدادات المركز (الخدمات والطوابير والكاونترات وملفات العمل)',
    catalogueHelp: 'تعديل مباشر بصيغة JSON؛ يتم التحقق قبل التطبيق وتسجيل كل تغيير.',
    apply: 'تحقق وطبّق',
    staffAccounts: 'حسابات الموظفين',
    displayName: 'الاسم',
    roles: 'الأدوار',
    active: 'نشط',
    newPin: 'رقم سري جديد',
    audit: 'سجل التغييرات',
    auditWhen: 'الوقت',
    auditWho: 'بواسطة',
    auditWhat: 'التغيير',
    minutesShort: '{{count}} د',
    percent: '{{value}}%',
    devicesTitle: 'الأجهزة ومفاتيحها',
    devicesIntro:
      'يتصل كل كشك وكل شاشة بالمركز بمفتاح خاص به. أبطِل مفتاح الجهاز المفقود أو المستبدل، أو حدّد آخر يوم يعمل فيه المفتاح، أو أنشئ رمزًا يمنح الجهاز مفتاحًا جديدًا.',
    devicesRefresh: 'تحديث القائمة',
    devicesNone: 'لا توجد أجهزة مربوطة بالمركز.',
    devicesLoadFailed: 'تعذر تحميل قائمة الأجهزة. {{message}}',
    deviceCol_name: 'الجهاز',
    deviceCol_role: 'النوع',
    deviceCol_connection: 'الاتصال',
    deviceCol_lastSeen: 'آخر اتصال',
    deviceCol_expiry: 'ينتهي المفتاح',
    deviceCol_state: 'حالة المفتاح',
    deviceCol_actions: 'الإجراءات',
    deviceRole_kiosk: 'كشك',
    deviceRole_display: 'شاشة',
    deviceOnline: 'متصل',
    deviceOffline: 'غير متصل',
    deviceNeverSeen: 'لم يتصل بعد',
    deviceHealthTitle: 'صحة الأجهزة',
    deviceHealthIntro:
      'كل كشك وشاشة وتطبيق كاونتر وتطبيق صالة وطابعة وجهاز تسلسلي كما يراه الخادم. ينبَّه عن الكشك أو الشاشة إذا انقطع أكثر من {{duration}} خلال ساعات العمل.',
    deviceHealthClosed: 'المركز مغلق الآن: لا تنبيهات انقطاع.',
    deviceHealthNone: 'لا أجهزة بعد.',
    healthCol_kind: 'النوع',
    healthCol_state: 'الحالة',
    healthCol_version: 'الإصدار',
    healthCol_printer: 'الطابعة',
    healthCol_link: 'الوصلة / التفاصيل',
    healthKind_kiosk: 'كشك',
    healthKind_display: 'شاشة',
    healthKind_counter: 'تطبيق الكاونتر',
    healthKind_floor: 'تطبيق الصالة',
    healthKind_printer: 'طابعة',
    healthKind_serial: 'جهاز تسلسلي',
    healthKind_peripheral: 'ملحق',
    healthState_online: 'متصل',
    healthState_offline: 'غير متصل',
    healthState_silent: 'منقطع',
    healthPrinter_ok: 'جاهزة',
    healthPrinter_paper_near_end: 'الورق قارب على النفاد',
    healthPrinter_paper_out: 'نفد الورق',
    healthPrinter_cover_open: 'الغطاء مفتوح',
    healthPrinter_error: 'عطل',
    healthPrinter_offline: 'غير متصلة',
    healthLink_open: 'مفتوحة',
    healthLink_closed: 'مغلقة',
    healthLink_error: 'خطأ',
    healthOf: 'تابع لـ {{parent}}',
    healthDetail_ready: 'جاهزة',
    healthDetail_paper_near_end: 'الورق قارب على النفاد',
    healthDetail_paper_out: 'نفد الورق',
    healthDetail_cover_open: 'الغطاء مفتوح',
    healthDetail_printer_error: 'عطل في الطابعة',
    healthDetail_offline: 'لا تصل إليها',
    healthDetail_unknown: 'الحالة غير معروفة',
    healthDetail_timeout: 'لم تُجب في الوقت',
    healthDetail_bad_reply: 'ردّ غير مفهوم',
    healthDetail_bad_data: 'بيانات التذكرة غير صالحة',
    healthDetail_io: 'خطأ في الاتصال',
    healthDetail_connected: 'موصول',
    healthDetail_unplugged: 'مفصول',
    healthDetail_noAnswer: 'لا يجيب',
    healthDetail_noSpeechVoice: 'صوت النطق غير متوفر: {{languages}}',
    healthDetail_other: 'تفاصيل تقنية:',
    deviceNoExpiry: 'دون تاريخ انتهاء',
    deviceState_active: 'فعّال',
    deviceState_expired: 'منتهي الصلاحية',
    deviceState_revoked: 'مُبطَل',
    deviceRevokedDetail: 'في {{when}} بواسطة {{who}}',
    deviceKeyRotated: 'مفتاح جديد منذ {{when}}',
    deviceNewKey: 'مفتاح جديد',
    deviceSetExpiry: 'تاريخ الانتهاء',
    deviceRevoke: 'إبطال المفتاح',
    deviceActionFailed: 'لم يتم ذلك: {{message}}',
    deviceRevoked: 'أُبطل مفتاح {{name}} وفُصل الجهاز.',
    deviceExpirySaved: 'سيعمل مفتاح {{name}} حتى نهاية يوم {{date}}.',
    deviceExpiryCleared: 'لم يعد لمفتاح {{name}} تاريخ انتهاء.',
    deviceRevokeTitle: 'إبطال مفتاح {{name}}',
    deviceRevokeWarning:
      'يُفصل الجهاز فورًا ويتوقف مفتاحه عن العمل. لا يمكن التراجع عن ذلك: لاستخدام الجهاز مرة أخرى يجب ربطه من جديد كجهاز جديد.',
    deviceRevokeReason: 'سبب الإبطال (يُحفظ في سجل التغييرات)',
    deviceRevokeReasonHint: 'اكتب سببًا من {{min}} إلى {{max}} حرف.',
    deviceRevokeNext: 'متابعة',
    deviceCancel: 'إلغاء',
    deviceRevokeConfirm: 'هل تريد إبطال مفتاح {{name}} الآن؟ لا يمكن التراجع عن ذلك.',
    deviceRevokedReason: 'السبب: {{reason}}',
    deviceRevokeYes: 'نعم، أبطِل المفتاح',
    deviceBack: 'رجوع',
    deviceExpiryTitle: 'تاريخ انتهاء مفتاح {{name}}',
    deviceExpiryHint:
      'يعمل المفتاح حتى نهاية اليوم المختار، ثم يُفصل الجهاز ويلزم ربطه من جديد أو تمديد التاريخ.',
    deviceExpiryNone: 'لا ينتهي هذا المفتاح حاليًا.',
    deviceExpiryNow: 'ينتهي حاليًا في نهاية يوم {{date}}.',
    deviceExpiryDate: 'آخر يوم يعمل فيه المفتاح',
    deviceExpirySave: 'حفظ التاريخ',
    deviceExpiryClear: 'إزالة تاريخ الانتهاء',
    deviceRekeyTitle: 'رمز مفتاح جديد لـ {{name}}',
    deviceRekeyHowTo:
      'أدخل هذا الرمز في شاشة إعداد الجهاز {{name}}. عندها يحصل الجهاز على مفتاح جديد ويتوقف مفتاحه القديم. حتى ذلك الحين يبقى المفتاح القديم يعمل.',
    deviceRekeyCode: 'رمز الربط',
    deviceRekeyValid: 'صالح حتى {{time}} ({{relative}}).',
    deviceRekeyOnce: 'لن يظهر هذا الرمز مرة أخرى. إن انتهت صلاحيته فأنشئ رمزًا جديدًا.',
    deviceDone: 'تم',
  },
  en: {
    title: 'Centre manager dashboard',
    signInTitle: 'Manager sign-in',
    username: 'Username',
    pin: 'PIN',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signInFailed: 'Could not sign in',
    tabLive: 'Live',
    tabReports: 'Reports',
    tabConfig: 'Configuration',
    agencies: 'Agencies',
    queues: 'Queues',
    counters: 'Counters',
    alerts: 'Alerts',
    noAlerts: 'No alerts',
    agency: 'Agency',
    queue: 'Queue',
    waitingNow: 'Waiting now',
    longestWait: 'Longest wait',
    servedToday: 'Served today',
    noShows: 'No-shows',
    abandoned: 'Abandoned',
    serviceLevel: 'Service level',
    sl_green: 'On target',
    sl_amber: 'Near target',
    sl_red: 'Below target',
    open: 'Open',
    closed: 'Closed',
    closeQueue: 'Close',
    reopenQueue: 'Reopen',
    closeQueueTitle: 'Close the queue {{queue}}?',
    closeQueueWhat:
      'The kiosks and the phone page stop issuing new tickets for this queue at once. Tickets already issued are still called and served, and you can reopen it at any time.',
    closeQueueYes: 'Close {{queue}} now',
    scheduleClose: 'No new tickets after',
    scheduleReopen: 'Reopen at',
    scheduleAt: 'Time of the scheduled change for {{queue}}',
    schedule: 'Schedule',
    scheduled: 'Scheduled',
    cutoffPendingClose: 'No new tickets after {{time}}',
    cutoffPendingOpen: 'Reopens at {{time}}',
    cancelCutoff: 'Cancel schedule',
    cutoffCancelled: 'Schedule cancelled',
    closeAt: 'Close at',
    counterStatus_serving: 'Serving',
    counterStatus_idle: 'Idle',
    counterStatus_break: 'On break',
    counterStatus_closed: 'Closed',
    counterCalledWaiting: 'Called · waiting for the citizen for {{minutesAfter}}',
    staff: 'Staff',
    currentTicket: 'Current ticket',
    servingFor: 'Serving for',
    workProfile: 'Work profile',
    moveCounter: 'Move counter',
    alert_queue_over_threshold:
      'Queue {{subject}} is over its threshold: {{waiting}} waiting, longest wait {{minutes}}',
    alert_counter_idle: 'Counter {{subject}} idle for {{minutesAfter}} while {{waiting}} wait',
    alert_printer_offline: 'Printer {{subject}} is offline',
    alert_printer_paper_out: 'Printer {{subject}} is out of paper',
    alert_printer_paper_low: 'Printer {{subject}} is running low on paper: replace the roll soon',
    alert_sync_lagging: 'Sync to the central profile is falling behind',
    alert_device_silent: 'Nothing heard from device {{subject}} for a while',
    alert_backup_stopped: 'Backups have stopped: no good backup for over twice the interval',
    backupLastGood: 'Last good backup: {{ago}}',
    backupNever: 'No good backup yet',
    backupOff:
      "Backups are not set up: ask your technician to set the backup folder ('Operating a centre' in the README)",
    backupFailing: 'The last backup attempt failed: {{error}}',
    backupNow: 'Back up now',
    backupRunning: 'Backing up…',
    backupDone: 'A good backup was taken',
    alert_disk_low: 'The hub is running out of disk space: {{freeMegabytes}} MB left',
    acknowledge: 'Acknowledge',
    acknowledgedBy: 'Acknowledged by {{who}}',
    cleared: 'Condition cleared',
    announce: 'Message on the displays',
    announceAr: 'Arabic text',
    announceEn: 'English text',
    announceMinutes: 'Duration (minutes)',
    announceSend: 'Show message',
    announced: 'Message sent to the displays',
    endOfDay: 'End of day',
    endOfDayRemove: 'Remove waiting tickets',
    endOfDayKeep: 'Keep waiting tickets',
    endOfDayDone: 'Tickets handled: {{count}}',
    chartArrivals: 'Arrivals',
    chartArrivalsServed: 'Arrivals vs served per hour',
    chartServed: 'Served',
    chartWaits: 'Waiting-time distribution',
    chartWaitsLabel: 'up to {{minutes}}',
    chartServiceLevel: 'Service level over the day',
    chartHour: 'Hour',
    chartVisits: 'Visits',
    chartOver: 'over {{minutes}}',
    from: 'From',
    to: 'To',
    groupBy: 'Group by',
    group_service: 'Service',
    group_agency: 'Agency',
    group_counter: 'Counter',
    group_staff: 'Staff member',
    group_hour: 'Hour of day',
    group_weekday: 'Day of week',
    run: 'Show report',
    exportCsv: 'Export CSV',
    print: 'Print',
    reportTitle: 'Performance report {{from}} to {{to}}',
    noData: 'No visits in this period',
    total: 'Total',
    none: 'Unassigned',
    col_visits: 'Visits',
    col_avgWait: 'Avg wait (min)',
    col_medianWait: 'Median wait (min)',
    col_p90Wait: '90th pct wait (min)',
    col_avgTransaction: 'Avg transaction (min)',
    col_avgWalking: 'Avg walking (s)',
    col_serviceLevel: 'Service level %',
    col_noShowRate: 'No-show %',
    col_abandonmentRate: 'Abandonment %',
    col_transfers: 'Transfers',
    col_happy: 'Happy %',
    col_neutral: 'Neutral %',
    col_unhappy: 'Unhappy %',
    channel_kiosk: 'Kiosk',
    channel_appointment: 'Appointment',
    channel_floor: 'Floor assistant',
    channel_remote: 'Phone',
    channel_api: 'Other system',
    weekday_0: 'Sunday',
    weekday_1: 'Monday',
    weekday_2: 'Tuesday',
    weekday_3: 'Wednesday',
    weekday_4: 'Thursday',
    weekday_5: 'Friday',
    weekday_6: 'Saturday',
    thresholds: 'Alert and service-level thresholds',
    amberMargin: 'Amber margin (percentage points)',
    queueMaxWaiting: 'Most people waiting',
    queueMaxWaitMinutes: 'Longest wait (min)',
    counterIdleMinutes: 'Counter idle (min)',
    save: 'Save',
    saved: 'Saved',
    catalogue: 'Centre configuration (services, queues, counters, work profiles)',
    catalogueHelp: 'Edit live as JSON; validated before it applies, and every change is audited.',
    apply: 'Validate and apply',
    staffAccounts: 'Staff accounts',
    displayName: 'Name',
    roles: 'Roles',
    active: 'Active',
    newPin: 'New PIN',
    audit: 'Change log',
    auditWhen: 'When',
    auditWho: 'Who',
    auditWhat: 'Change',
    minutesShort: '{{count}} min',
    percent: '{{value}}%',
    devicesTitle: 'Devices and their keys',
    devicesIntro:
      'Each kiosk and display reaches the hub with a key of its own. Revoke the key of a lost or replaced device, set the last day a key works, or create a code that gives a device a new key.',
    devicesRefresh: 'Refresh list',
    devicesNone: 'No devices are paired with the centre.',
    devicesLoadFailed: 'Could not load the devices. {{message}}',
    deviceCol_name: 'Device',
    deviceCol_role: 'Type',
    deviceCol_connection: 'Connection',
    deviceCol_lastSeen: 'Last seen',
    deviceCol_expiry: 'Key expires',
    deviceCol_state: 'Key state',
    deviceCol_actions: 'Actions',
    deviceRole_kiosk: 'Kiosk',
    deviceRole_display: 'Display',
    deviceOnline: 'Online',
    deviceOffline: 'Offline',
    deviceNeverSeen: 'Never',
    deviceHealthTitle: 'Device health',
    deviceHealthIntro:
      'Every kiosk, display, counter app, floor app, printer and serial device as the hub sees it. A kiosk or display unheard for more than {{duration}} in opening hours raises an alert.',
    deviceHealthClosed: 'The centre is closed now: no silence alerts.',
    deviceHealthNone: 'No devices yet.',
    healthCol_kind: 'Kind',
    healthCol_state: 'State',
    healthCol_version: 'Version',
    healthCol_printer: 'Printer',
    healthCol_link: 'Link / detail',
    healthKind_kiosk: 'Kiosk',
    healthKind_display: 'Display',
    healthKind_counter: 'Counter app',
    healthKind_floor: 'Floor app',
    healthKind_printer: 'Printer',
    healthKind_serial: 'Serial device',
    healthKind_peripheral: 'Peripheral',
    healthState_online: 'Online',
    healthState_offline: 'Offline',
    healthState_silent: 'Silent',
    healthPrinter_ok: 'Ready',
    healthPrinter_paper_near_end: 'Paper near end',
    healthPrinter_paper_out: 'Paper out',
    healthPrinter_cover_open: 'Cover open',
    healthPrinter_error: 'Error',
    healthPrinter_offline: 'Offline',
    healthLink_open: 'Open',
    healthLink_closed: 'Closed',
    healthLink_error: 'Error',
    healthOf: 'on {{parent}}',
    healthDetail_ready: 'Ready',
    healthDetail_paper_near_end: 'Paper near end',
    healthDetail_paper_out: 'Paper out',
    healthDetail_cover_open: 'Cover open',
    healthDetail_printer_error: 'Printer error',
    healthDetail_offline: 'Not reachable',
    healthDetail_unknown: 'State unknown',
    healthDetail_timeout: 'Did not answer in time',
    healthDetail_bad_reply: 'Unreadable reply',
    healthDetail_bad_data: 'Invalid ticket data',
    healthDetail_io: 'Connection error',
    healthDetail_connected: 'Connected',
    healthDetail_unplugged: 'Unplugged',
    healthDetail_noAnswer: 'Not answering',
    healthDetail_noSpeechVoice: 'No speech voice: {{languages}}',
    healthDetail_other: 'Technical detail:',
    deviceNoExpiry: 'No expiry',
    deviceState_active: 'Active',
    deviceState_expired: 'Expired',
    deviceState_revoked: 'Revoked',
    deviceRevokedDetail: 'On {{when}} by {{who}}',
    deviceKeyRotated: 'New key since {{when}}',
    deviceNewKey: 'New key',
    deviceSetExpiry: 'Expiry',
    deviceRevoke: 'Revoke key',
    deviceActionFailed: 'Not done: {{message}}',
    deviceRevoked: 'The key of {{name}} is revoked and the device disconnected.',
    deviceExpirySaved: 'The key of {{name}} works until the end of {{date}}.',
    deviceExpiryCleared: 'The key of {{name}} no longer expires.',
    deviceRevokeTitle: 'Revoke the key of {{name}}',
    deviceRevokeWarning:
      'The device is disconnected at once and its key stops working. This cannot be undone: to use the device again, pair it again as a new device.',
    deviceRevokeReason: 'Reason (kept in the change log)',
    deviceRevokeReasonHint: 'Write a reason of {{min}} to {{max}} characters.',
    deviceRevokeNext: 'Continue',
    deviceCancel: 'Cancel',
    deviceRevokeConfirm: 'Revoke the key of {{name}} now? This cannot be undone.',
    deviceRevokedReason: 'Reason: {{reason}}',
    deviceRevokeYes: 'Yes, revoke the key',
    deviceBack: 'Back',
    deviceExpiryTitle: 'Expiry of the key of {{name}}',
    deviceExpiryHint:
      'The key works until the end of the chosen day; then the device is disconnected until it is paired again or the date is moved.',
    deviceExpiryNone: 'This key does not expire now.',
    deviceExpiryNow: 'It now expires at the end of {{date}}.',
    deviceExpiryDate: 'Last day the key works',
    deviceExpirySave: 'Save date',
    deviceExpiryClear: 'Remove expiry',
    deviceRekeyTitle: 'New key code for {{name}}',
    deviceRekeyHowTo:
      'Enter this code on the setup screen of {{name}}. The device then gets a new key and its old key stops working; until then the old key keeps working.',
    deviceRekeyCode: 'Pairing code',
    deviceRekeyValid: 'Valid until {{time}} ({{relative}}).',
    deviceRekeyOnce: 'This code is not shown again. If it runs out, create a new one.',
    deviceDone: 'Done',
  },
};

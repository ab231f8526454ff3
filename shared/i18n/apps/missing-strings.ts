/** The dashboard's missing-strings view: what each visitor language still lacks (issue #19). */
import type { AppStrings } from '../catalog.js';

type Key =
  | 'title'
  | 'intro'
  | 'summaryCaption'
  | 'colLanguage'
  | 'colNamesMissing'
  | 'colNamesMachine'
  | 'colKeysMissing'
  | 'colKeysMachine'
  | 'source'
  | 'show'
  | 'namesTitle'
  | 'namesNone'
  | 'namesMachine'
  | 'kind_centre'
  | 'kind_agency'
  | 'kind_service'
  | 'kind_queue'
  | 'kind_document'
  | 'kind_closedDate'
  | 'nameIn'
  | 'saveName'
  | 'savedName'
  | 'keysTitle'
  | 'keysCaption'
  | 'colNamespace'
  | 'colTotal'
  | 'missingKeys'
  | 'loading'
  | 'ns_common'
  | 'ns_kiosk'
  | 'ns_units'
  | 'ns_ask'
  | 'ns_statusPage'
  | 'ns_join'
  | 'ns_ticket'
  | 'ns_boardCall'
  | 'ns_requestPage'
  | 'ns_form'
  | 'ns_assisted';

export const missingStrings: AppStrings<Key> = {
  ar: {
    title: 'النصوص الناقصة في كل لغة',
    intro:
      'ما ينقص كل لغة من لغات الزوار. يرى الزائر النص الناقص بالإنجليزية. النصوص المترجمة آلياً لم يراجعها قارئ لتلك اللغة بعد.',
    summaryCaption: 'النصوص الناقصة والمترجمة آلياً لكل لغة',
    colLanguage: 'اللغة',
    colNamesMissing: 'أسماء الكتالوج الناقصة',
    colNamesMachine: 'أسماء مترجمة آلياً',
    colKeysMissing: 'نصوص التطبيقات الناقصة',
    colKeysMachine: 'نصوص التطبيقات المترجمة آلياً',
    source: 'لغة المصدر',
    show: 'عرض {{language}}',
    namesTitle: 'أسماء الكتالوج الناقصة باللغة {{language}}',
    namesNone: 'لكل اسم في الكتالوج نص باللغة {{language}}.',
    namesMachine: 'أسماء هذه اللغة مترجمة آلياً: راجعها مع قارئ لها.',
    kind_centre: 'المركز',
    kind_agency: 'الجهة',
    kind_service: 'الخدمة',
    kind_queue: 'الطابور',
    kind_document: 'المستند',
    kind_closedDate: 'عطلة أو يوم خاص',
    nameIn: 'الاسم باللغة {{language}}',
    saveName: 'حفظ',
    savedName: 'حُفظ الاسم، ويظهر الآن في الكشك وصفحات الهاتف.',
    keysTitle: 'نصوص التطبيقات باللغة {{language}}',
    keysCaption: 'نصوص كل تطبيق يقرؤه الزائر',
    colNamespace: 'النصوص',
    colTotal: 'العدد',
    missingKeys: 'المفاتيح الناقصة ({{count}})',
    loading: 'جارٍ التحميل…',
    ns_common: 'النصوص المشتركة',
    ns_kiosk: 'الكشك',
    ns_units: 'الوحدات',
    ns_ask: 'الأسئلة',
    ns_statusPage: 'صفحة حالة التذكرة',
    ns_join: 'الانضمام من الهاتف',
    ns_ticket: 'التذكرة المطبوعة',
    ns_boardCall: 'النداء على الشاشة',
    ns_requestPage: 'صفحة حالة الطلب',
    ns_form: 'رسائل النماذج',
    ns_assisted: 'الخدمة المساعدة',
  },
  en: {
    title: 'Missing strings per language',
    intro:
      'What each visitor language still lacks. A visitor sees a missing text in English. Machine-translated texts have not yet been reviewed by a reader of the language.',
    summaryCaption: 'Missing and machine-translated texts per language',
    colLanguage: 'Language',
    colNamesMissing: 'Catalogue names missing',
    colNamesMachine: 'Names machine-translated',
    colKeysMissing: 'App texts missing',
    colKeysMachine: 'App texts machine-translated',
    source: 'Source language',
    show: 'Show {{language}}',
    namesTitle: 'Catalogue names missing in {{language}}',
    namesNone: 'Every catalogue name has a text in {{language}}.',
    namesMachine: 'This language’s names are machine-translated: review them with a reader of it.',
    kind_centre: 'Centre',
    kind_agency: 'Agency',
    kind_service: 'Service',
    kind_queue: 'Queue',
    kind_document: 'Document',
    kind_closedDate: 'Holiday or special day',
    nameIn: 'Name in {{language}}',
    saveName: 'Save',
    savedName: 'Name saved: the kiosk and the phone pages show it now.',
    keysTitle: 'App texts in {{language}}',
    keysCaption: 'The texts of each app a visitor reads',
    colNamespace: 'Texts',
    colTotal: 'Count',
    missingKeys: 'Missing keys ({{count}})',
    loading: 'Loading…',
    ns_common: 'Shared texts',
    ns_kiosk: 'Kiosk',
    ns_units: 'Units',
    ns_ask: 'Questions',
    ns_statusPage: 'Ticket status page',
    ns_join: 'Joining from a phone',
    ns_ticket: 'Printed ticket',
    ns_boardCall: 'Call on the board',
    ns_requestPage: 'Request status page',
    ns_form: 'Form messages',
    ns_assisted: 'Assisted service',
  },
};

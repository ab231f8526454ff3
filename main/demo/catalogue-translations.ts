/**
 * The demo centre's agency, queue and service names in the added visitor languages (issue #19).
 * MACHINE-TRANSLATED, not reviewed by readers of these languages: the demo catalogue says so in
 * `machineTranslatedNames`, the dashboard's missing-strings view shows it and the README lists it.
 * The required documents and the centre's name are left untranslated on purpose: the kiosk shows
 * them in English, and the dashboard lists them as missing for a manager to fill.
 */
import type { AddedLanguage } from '../../shared/i18n/languages.js';

type Names = Record<AddedLanguage, string>;

export const AGENCY_NAMES: Record<string, Names> = {
  icp: {
    ur: 'شناخت، شہریت اور رہائش',
    fa: 'هویت، تابعیت و اقامت',
    hi: 'पहचान, नागरिकता और निवास',
    ml: 'തിരിച്ചറിയൽ, പൗരത്വം, താമസം',
    bn: 'পরিচয়, নাগরিকত্ব ও বসবাস',
    tl: 'Pagkakakilanlan, Pagkamamamayan at Paninirahan',
  },
  traffic: {
    ur: 'ٹریفک اور لائسنسنگ',
    fa: 'راهنمایی و رانندگی و صدور گواهینامه',
    hi: 'यातायात और लाइसेंसिंग',
    ml: 'ഗതാഗതവും ലൈസൻസിംഗും',
    bn: 'ট্রাফিক ও লাইসেন্সিং',
    tl: 'Trapiko at Paglilisensya',
  },
  municipality: {
    ur: 'بلدیہ',
    fa: 'شهرداری',
    hi: 'नगरपालिका',
    ml: 'മുനിസിപ്പാലിറ്റി',
    bn: 'পৌরসভা',
    tl: 'Munisipyo',
  },
  labour: {
    ur: 'افرادی قوت اور اماراتائزیشن',
    fa: 'منابع انسانی و اماراتی‌سازی',
    hi: 'मानव संसाधन और अमीरातीकरण',
    ml: 'മാനവ വിഭവശേഷിയും എമിറാറ്റൈസേഷനും',
    bn: 'মানবসম্পদ ও আমিরাতিকরণ',
    tl: 'Yamang-Tao at Emiratisasyon',
  },
};

export const QUEUE_NAMES: Record<string, Names> = {
  'q-identity': {
    ur: 'شناخت',
    fa: 'هویت',
    hi: 'पहचान',
    ml: 'തിരിച്ചറിയൽ',
    bn: 'পরিচয়',
    tl: 'Pagkakakilanlan',
  },
  'q-residency': { ur: 'رہائش', fa: 'اقامت', hi: 'निवास', ml: 'താമസം', bn: 'বসবাস', tl: 'Paninirahan' },
  'q-traffic': {
    ur: 'ٹریفک',
    fa: 'راهنمایی و رانندگی',
    hi: 'यातायात',
    ml: 'ഗതാഗതം',
    bn: 'ট্রাফিক',
    tl: 'Trapiko',
  },
  'q-municipality': {
    ur: 'بلدیہ',
    fa: 'شهرداری',
    hi: 'नगरपालिका',
    ml: 'മുനിസിപ്പാലിറ്റി',
    bn: 'পৌরসভা',
    tl: 'Munisipyo',
  },
  'q-labour': { ur: 'محنت', fa: 'کار', hi: 'श्रम', ml: 'തൊഴിൽ', bn: 'শ্রম', tl: 'Paggawa' },
};

export const SERVICE_NAMES: Record<string, Names> = {
  'eid-renew': {
    ur: 'امارات آئی ڈی کی تجدید',
    fa: 'تمدید کارت شناسایی امارات',
    hi: 'अमीरात आईडी का नवीनीकरण',
    ml: 'എമിറേറ്റ്സ് ഐഡി പുതുക്കൽ',
    bn: 'এমিরেটস আইডি নবায়ন',
    tl: 'I-renew ang Emirates ID',
  },
  'eid-replace': {
    ur: 'گم شدہ یا خراب امارات آئی ڈی کا متبادل',
    fa: 'جایگزینی کارت شناسایی امارات گم‌شده یا آسیب‌دیده',
    hi: 'खोई या क्षतिग्रस्त अमीरात आईडी बदलें',
    ml: 'നഷ്ടപ്പെട്ടതോ കേടായതോ ആയ എമിറേറ്റ്സ് ഐഡി മാറ്റിനൽകൽ',
    bn: 'হারানো বা ক্ষতিগ্রস্ত এমিরেটস আইডি প্রতিস্থাপন',
    tl: 'Palitan ang nawala o nasirang Emirates ID',
  },
  'residency-renew': {
    ur: 'رہائشی ویزا کی تجدید',
    fa: 'تمدید ویزای اقامت',
    hi: 'निवास वीज़ा का नवीनीकरण',
    ml: 'താമസ വിസ പുതുക്കൽ',
    bn: 'আবাসিক ভিসা নবায়ন',
    tl: 'I-renew ang residence visa',
  },
  'family-sponsor': {
    ur: 'اہل خانہ کی کفالت',
    fa: 'کفالت اعضای خانواده',
    hi: 'परिवार के सदस्यों को प्रायोजित करें',
    ml: 'കുടുംബാംഗങ്ങളെ സ്പോൺസർ ചെയ്യൽ',
    bn: 'পরিবারের সদস্যদের স্পনসর করা',
    tl: 'Mag-sponsor ng mga kapamilya',
  },
  'licence-renew': {
    ur: 'ڈرائیونگ لائسنس کی تجدید',
    fa: 'تمدید گواهینامه رانندگی',
    hi: 'ड्राइविंग लाइसेंस का नवीनीकरण',
    ml: 'ഡ്രൈവിംഗ് ലൈസൻസ് പുതുക്കൽ',
    bn: 'ড্রাইভিং লাইসেন্স নবায়ন',
    tl: 'I-renew ang lisensya sa pagmamaneho',
  },
  'vehicle-register': {
    ur: 'گاڑی کی رجسٹریشن',
    fa: 'ثبت خودرو',
    hi: 'वाहन पंजीकरण',
    ml: 'വാഹന രജിസ്ട്രേഷൻ',
    bn: 'যানবাহন নিবন্ধন',
    tl: 'Magparehistro ng sasakyan',
  },
  'traffic-fines': {
    ur: 'ٹریفک جرمانے دیکھیں اور ادا کریں',
    fa: 'استعلام و پرداخت جریمه‌های رانندگی',
    hi: 'यातायात जुर्माने देखें और भरें',
    ml: 'ട്രാഫിക് പിഴകൾ പരിശോധിച്ച് അടയ്ക്കൽ',
    bn: 'ট্রাফিক জরিমানা দেখা ও পরিশোধ',
    tl: 'Tingnan at bayaran ang mga multa sa trapiko',
  },
  'building-permit': {
    ur: 'تعمیراتی اجازت نامہ',
    fa: 'پروانه ساختمان',
    hi: 'भवन निर्माण परमिट',
    ml: 'കെട്ടിട നിർമ്മാണ പെർമിറ്റ്',
    bn: 'ভবন নির্মাণের অনুমতিপত্র',
    tl: 'Permit sa pagpapatayo ng gusali',
  },
  'tenancy-attest': {
    ur: 'کرایہ داری معاہدے کی تصدیق',
    fa: 'تأیید قرارداد اجاره',
    hi: 'किरायेदारी अनुबंध का सत्यापन',
    ml: 'വാടക കരാർ സാക്ഷ്യപ്പെടുത്തൽ',
    bn: 'ভাড়াটিয়া চুক্তি সত্যায়ন',
    tl: 'Patunayan ang kontrata sa pag-upa',
  },
  'work-permit': {
    ur: 'ورک پرمٹ کا اجرا',
    fa: 'صدور مجوز کار',
    hi: 'कार्य परमिट जारी करना',
    ml: 'വർക്ക് പെർമിറ്റ് നൽകൽ',
    bn: 'ওয়ার্ক পারমিট প্রদান',
    tl: 'Pagbibigay ng work permit',
  },
  'labour-complaint': {
    ur: 'مزدور کی شکایت درج کریں',
    fa: 'ثبت شکایت کارگری',
    hi: 'श्रम शिकायत दर्ज करें',
    ml: 'തൊഴിൽ പരാതി നൽകൽ',
    bn: 'শ্রম অভিযোগ দায়ের',
    tl: 'Maghain ng reklamo sa paggawa',
  },
  'contract-cancel': {
    ur: 'ملازمت کا معاہدہ منسوخ کریں',
    fa: 'لغو قرارداد کار',
    hi: 'रोज़गार अनुबंध रद्द करें',
    ml: 'തൊഴിൽ കരാർ റദ്ദാക്കൽ',
    bn: 'চাকরির চুক্তি বাতিল',
    tl: 'Kanselahin ang kontrata sa trabaho',
  },
};

/** The Electron shell's local pages: 'waiting for the hub' and first-run pairing. */
import type { AppStrings } from '../catalog.js';

type Key =
  | 'waitingTitle'
  | 'waitingBody'
  | 'retryNow'
  | 'pairingTitle'
  | 'pairingIntro'
  | 'hubAddress'
  | 'hubAddressHint'
  | 'pairingCode'
  | 'pairingCodeHint'
  | 'pair'
  | 'pairing'
  | 'paired'
  | 'problem'
  | 'staffMachines'
  | 'error_validation'
  | 'error_hub_unreachable'
  | 'error_not_found'
  | 'error_rate_limited'
  | 'error_other';

export const shell: AppStrings<Key> = {
  ar: {
    waitingTitle: 'بانتظار الخادم المحلي',
    waitingBody: 'لا يستجيب خادم المركز الآن. سنحاول الاتصال تلقائياً.',
    retryNow: 'حاول الآن',
    pairingTitle: 'إعداد هذا الجهاز',
    pairingIntro: 'أدخل عنوان خادم المركز ورمز الربط الظاهر في لوحة المدير.',
    hubAddress: 'عنوان الخادم',
    hubAddressHint: 'مثال: 192.168.1.10:8080',
    pairingCode: 'رمز الربط',
    pairingCodeHint: 'ثمانية أحرف وأرقام، صالح لعشر دقائق',
    pair: 'ربط الجهاز',
    pairing: 'جارٍ الربط…',
    paired: 'تم الربط. جارٍ التحميل…',
    problem: 'تفاصيل للفني',
    staffMachines: 'أجهزة الموظفين (الكاونتر والمدير والمساعد) تُعدّ بملف الإعدادات.',
    error_validation: 'تحقق من العنوان والرمز.',
    error_hub_unreachable: 'تعذّر الوصول إلى الخادم. تحقق من العنوان والشبكة.',
    error_not_found: 'الرمز غير صحيح أو انتهت صلاحيته أو استُخدم من قبل. اطلب رمزاً جديداً.',
    error_rate_limited: 'محاولات كثيرة. انتظر دقيقة ثم حاول مجدداً.',
    error_other: 'تعذّر الربط.',
  },
  en: {
    waitingTitle: 'Waiting for the hub',
    waitingBody: 'The centre’s hub is not answering. We will keep trying by ourselves.',
    retryNow: 'Try now',
    pairingTitle: 'Set up this machine',
    pairingIntro: 'Enter the hub’s address and the pairing code shown on the manager dashboard.',
    hubAddress: 'Hub address',
    hubAddressHint: 'For example 192.168.1.10:8080',
    pairingCode: 'Pairing code',
    pairingCodeHint: 'Eight letters and digits, valid for ten minutes',
    pair: 'Pair this machine',
    pairing: 'Pairing…',
    paired: 'Paired. Loading…',
    problem: 'Details for the technician',
    staffMachines: 'Staff machines (counter, manager, floor) are set up with the config file.',
    error_validation: 'Check the address and the code.',
    error_hub_unreachable: 'The hub could not be reached. Check the address and the network.',
    error_not_found: 'The code is wrong, expired or already used. Ask for a new one.',
    error_rate_limited: 'Too many attempts. Wait a minute and try again.',
    error_other: 'Pairing failed.',
  },
};

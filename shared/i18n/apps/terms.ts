/**
 * The hub's codes as staff read them: roles, and the kinds of change in the audit log. Screens
 * translate a code they know and show anything else as data (isolated), never as a raw enum.
 */
import type { AppStrings } from '../catalog.js';

export const terms: AppStrings = {
  ar: {
    role_agent: 'موظف خدمة',
    role_floor_assistant: 'مساعد صالة',
    role_manager: 'مدير',
    role_admin: 'مسؤول النظام',
    staffId: 'المعرّف',
    language_ar: 'العربية',
    language_en: 'الإنجليزية',
    audit_catalogue: 'دليل المركز',
    audit_thresholds: 'حدود التنبيه',
    audit_announce: 'رسالة على الشاشات',
    audit_queue_schedule: 'جدولة فتح أو إغلاق طابور',
    audit_queue_schedule_cancel: 'إلغاء جدولة طابور',
    audit_queue_schedule_drop: 'إسقاط جدولة طابور',
    audit_device: 'مفتاح جهاز',
    audit_staff: 'حساب موظف',
    audit_seed: 'الإعداد الأول',
    audit_queue_open: 'فتح طابور',
    audit_queue_close: 'إغلاق طابور',
    audit_queue_open_scheduled: 'فتح طابور مجدول',
    audit_queue_close_scheduled: 'إغلاق طابور مجدول',
    audit_counter_profile: 'ملف عمل كاونتر',
  },
  en: {
    role_agent: 'Agent',
    role_floor_assistant: 'Floor assistant',
    role_manager: 'Manager',
    role_admin: 'Administrator',
    staffId: 'ID',
    language_ar: 'Arabic',
    language_en: 'English',
    audit_catalogue: 'Centre catalogue',
    audit_thresholds: 'Alert thresholds',
    audit_announce: 'Message on the displays',
    audit_queue_schedule: 'Queue open/close scheduled',
    audit_queue_schedule_cancel: 'Queue schedule cancelled',
    audit_queue_schedule_drop: 'Queue schedule dropped',
    audit_device: 'Device key',
    audit_staff: 'Staff account',
    audit_seed: 'First set-up',
    audit_queue_open: 'Queue opened',
    audit_queue_close: 'Queue closed',
    audit_queue_open_scheduled: 'Scheduled queue opening',
    audit_queue_close_scheduled: 'Scheduled queue closing',
    audit_counter_profile: 'Counter work profile',
  },
};

/** The demo centre: a one-stop shop with four agencies, as a real centre might configure it. */
import type { Catalogue, LocalizedText, Staff } from '../../shared/contract/catalogue.js';
import { AGENCY_NAMES, QUEUE_NAMES, SERVICE_NAMES } from './catalogue-translations.js';

const docs = {
  eid: { ar: 'بطاقة الهوية الإماراتية الأصلية', en: 'Original Emirates ID card' },
  passport: { ar: 'جواز السفر الأصلي', en: 'Original passport' },
  photo: { ar: 'صورة شخصية حديثة بخلفية بيضاء', en: 'Recent photo on a white background' },
  licence: { ar: 'رخصة القيادة الحالية', en: 'Current driving licence' },
  eyeTest: { ar: 'نتيجة فحص النظر', en: 'Eye test result' },
  tradeLicence: { ar: 'الرخصة التجارية', en: 'Trade licence' },
  tenancy: { ar: 'عقد الإيجار الموثق', en: 'Attested tenancy contract' },
  contract: { ar: 'عقد العمل الموقع', en: 'Signed employment contract' },
  vehicle: { ar: 'ملكية المركبة وشهادة التأمين', en: 'Vehicle registration and insurance certificate' },
};

const target = (withinMinutes: number) => ({ share: 0.8, withinMinutes });
const everyone = ['determination', 'senior', 'pregnant', 'appointment'] as const;

const IN_ARABIC_AND_ENGLISH: Catalogue = {
  centre: {
    id: 'dxb-one-stop',
    name: { ar: 'مركز الخدمات الحكومية الموحد - دبي', en: 'Government One-Stop Service Centre - Dubai' },
    timeZone: 'Asia/Dubai',
    // Sunday … Saturday; Friday short day, Saturday closed.
    openingHours: [
      { open: '07:30', close: '20:00' },
      { open: '07:30', close: '20:00' },
      { open: '07:30', close: '20:00' },
      { open: '07:30', close: '20:00' },
      { open: '07:30', close: '20:00' },
      { open: '07:30', close: '12:00' },
      null,
    ],
    recallsBeforeNoShow: 2,
    recycleMinutes: 10,
    interleave: { priority: 2, normal: 1 },
    endOfDay: 'remove',
  },
  agencies: [
    { id: 'icp', name: { ar: 'الهوية والجنسية والإقامة', en: 'Identity, Citizenship and Residency' } },
    { id: 'traffic', name: { ar: 'المرور والترخيص', en: 'Traffic and Licensing' } },
    { id: 'municipality', name: { ar: 'البلدية', en: 'Municipality' } },
    { id: 'labour', name: { ar: 'الموارد البشرية والتوطين', en: 'Human Resources and Emiratisation' } },
  ],
  queues: [
    { id: 'q-identity', name: { ar: 'الهوية', en: 'Identity' }, prefix: 'A', open: true },
    { id: 'q-residency', name: { ar: 'الإقامة', en: 'Residency' }, prefix: 'B', open: true },
    { id: 'q-traffic', name: { ar: 'المرور', en: 'Traffic' }, prefix: 'C', open: true },
    { id: 'q-municipality', name: { ar: 'البلدية', en: 'Municipality' }, prefix: 'D', open: true },
    { id: 'q-labour', name: { ar: 'العمل', en: 'Labour' }, prefix: 'E', open: true },
  ],
  services: [
    {
      id: 'eid-renew',
      agencyId: 'icp',
      queueId: 'q-identity',
      name: { ar: 'تجديد بطاقة الهوية', en: 'Renew Emirates ID' },
      expectedMinutes: 8,
      target: target(15),
      priorityEligible: [...everyone],
      requiredDocuments: [docs.eid, docs.photo],
      onlineUrl: 'https://example.gov.ae/services/eid-renew',
    },
    {
      id: 'eid-replace',
      agencyId: 'icp',
      queueId: 'q-identity',
      name: { ar: 'بدل فاقد أو تالف لبطاقة الهوية', en: 'Replace a lost or damaged Emirates ID' },
      expectedMinutes: 10,
      target: target(15),
      priorityEligible: [...everyone],
      requiredDocuments: [docs.passport, docs.photo],
    },
    {
      id: 'residency-renew',
      agencyId: 'icp',
      queueId: 'q-residency',
      name: { ar: 'تجديد تأشيرة الإقامة', en: 'Renew residence visa' },
      expectedMinutes: 12,
      target: target(20),
      priorityEligible: [...everyone],
      requiredDocuments: [docs.passport, docs.eid, docs.photo, docs.tenancy],
      onlineUrl: 'https://example.gov.ae/services/residency-renew',
    },
    {
      id: 'family-sponsor',
      agencyId: 'icp',
      queueId: 'q-residency',
      name: { ar: 'كفالة أفراد الأسرة', en: 'Sponsor family members' },
      expectedMinutes: 18,
      target: target(20),
      priorityEligible: [...everyone],
      requiredDocuments: [docs.passport, docs.eid, docs.tenancy],
    },
    {
      id: 'licence-renew',
      agencyId: 'traffic',
      queueId: 'q-traffic',
      name: { ar: 'تجديد رخصة القيادة', en: 'Renew driving licence' },
      expectedMinutes: 7,
      target: target(15),
      priorityEligible: [...everyone],
      requiredDocuments: [docs.eid, docs.licence, docs.eyeTest],
      onlineUrl: 'https://example.gov.ae/services/licence-renew',
    },
    {
      id: 'vehicle-register',
      agencyId: 'traffic',
      queueId: 'q-traffic',
      name: { ar: 'تسجيل مركبة', en: 'Register a vehicle' },
      expectedMinutes: 12,
      target: target(20),
      priorityEligible: [...everyone],
      requiredDocuments: [docs.eid, docs.vehicle],
    },
    {
      id: 'traffic-fines',
      agencyId: 'traffic',
      queueId: 'q-traffic',
      name: { ar: 'الاستعلام عن المخالفات المرورية ودفعها', en: 'Check and pay traffic fines' },
      expectedMinutes: 5,
      target: target(10),
      priorityEligible: [...everyone],
      requiredDocuments: [docs.eid],
      onlineUrl: 'https://example.gov.ae/services/traffic-fines',
    },
    {
      id: 'building-permit',
      agencyId: 'municipality',
      queueId: 'q-municipality',
      name: { ar: 'تصريح بناء', en: 'Building permit' },
      expectedMinutes: 20,
      target: target(30),
      priorityEligible: [...everyone],
      requiredDocuments: [docs.eid, docs.tradeLicence],
    },
    {
      id: 'tenancy-attest',
      agencyId: 'municipality',
      queueId: 'q-municipality',
      name: { ar: 'توثيق عقد الإيجار', en: 'Attest a tenancy contract' },
      expectedMinutes: 10,
      target: target(20),
      priorityEligible: [...everyone],
      requiredDocuments: [docs.eid, docs.tenancy],
      onlineUrl: 'https://example.gov.ae/services/tenancy-attest',
    },
    {
      id: 'work-permit',
      agencyId: 'labour',
      queueId: 'q-labour',
      name: { ar: 'إصدار تصريح عمل', en: 'Issue a work permit' },
      expectedMinutes: 15,
      target: target(20),
      priorityEligible: [...everyone],
      requiredDocuments: [docs.passport, docs.contract],
    },
    {
      id: 'labour-complaint',
      agencyId: 'labour',
      queueId: 'q-labour',
      name: { ar: 'تقديم شكوى عمالية', en: 'File a labour complaint' },
      expectedMinutes: 20,
      target: target(20),
      priorityEligible: [...everyone],
      requiredDocuments: [docs.eid, docs.contract],
    },
    {
      id: 'contract-cancel',
      agencyId: 'labour',
      queueId: 'q-labour',
      name: { ar: 'إلغاء عقد العمل', en: 'Cancel an employment contract' },
      expectedMinutes: 10,
      target: target(20),
      priorityEligible: [...everyone],
      requiredDocuments: [docs.eid, docs.contract],
    },
  ],
  workProfiles: [
    {
      id: 'wp-identity',
      name: { ar: 'الهوية والإقامة', en: 'Identity and residency' },
      rules: [
        { kind: 'appointmentsDue', queueIds: ['q-identity', 'q-residency'], withinMinutes: 10 },
        { kind: 'queuesInOrder', queueIds: ['q-identity'] },
        { kind: 'longestWaiting', queueIds: ['q-residency'] },
        { kind: 'longestWaitingAll' },
      ],
    },
    {
      id: 'wp-residency',
      name: { ar: 'الإقامة', en: 'Residency' },
      rules: [
        { kind: 'appointmentsDue', queueIds: ['q-residency'], withinMinutes: 10 },
        { kind: 'longestWaiting', queueIds: ['q-residency', 'q-identity'] },
        { kind: 'longestWaitingAll' },
      ],
    },
    {
      id: 'wp-traffic',
      name: { ar: 'المرور', en: 'Traffic' },
      rules: [{ kind: 'queuesInOrder', queueIds: ['q-traffic'] }, { kind: 'longestWaitingAll' }],
    },
    {
      id: 'wp-municipality-labour',
      name: { ar: 'البلدية والعمل', en: 'Municipality and labour' },
      rules: [
        { kind: 'longestWaiting', queueIds: ['q-municipality', 'q-labour'] },
        { kind: 'longestWaitingAll' },
      ],
      interleave: { priority: 1, normal: 1 },
    },
  ],
  counters: [
    { id: 'c1', label: '1', name: { ar: 'الكاونتر 1', en: 'Counter 1' }, workProfileId: 'wp-identity' },
    { id: 'c2', label: '2', name: { ar: 'الكاونتر 2', en: 'Counter 2' }, workProfileId: 'wp-identity' },
    { id: 'c3', label: '3', name: { ar: 'الكاونتر 3', en: 'Counter 3' }, workProfileId: 'wp-residency' },
    { id: 'c4', label: '4', name: { ar: 'الكاونتر 4', en: 'Counter 4' }, workProfileId: 'wp-traffic' },
    { id: 'c5', label: '5', name: { ar: 'الكاونتر 5', en: 'Counter 5' }, workProfileId: 'wp-traffic' },
    {
      id: 'c6',
      label: '6',
      name: { ar: 'الكاونتر 6', en: 'Counter 6' },
      workProfileId: 'wp-municipality-labour',
    },
    {
      id: 'c7',
      label: '7',
      name: { ar: 'الكاونتر 7', en: 'Counter 7' },
      workProfileId: 'wp-municipality-labour',
    },
    { id: 'c8', label: '8', name: { ar: 'الكاونتر 8', en: 'Counter 8' }, workProfileId: 'wp-residency' },
  ],
};

/**
 * The demo centre with its agency, queue and service names in every visitor language
 * (machine-translated: ./catalogue-translations.ts). Counters and work profiles are for staff,
 * who read Arabic and English.
 */
export const DEMO_CATALOGUE: Catalogue = (() => {
  const c = IN_ARABIC_AND_ENGLISH;
  const add =
    <T extends { id: string; name: LocalizedText }>(table: Record<string, object>) =>
    (x: T): T => ({
      ...x,
      name: { ...x.name, ...table[x.id] },
    });
  return {
    ...c,
    agencies: c.agencies.map(add(AGENCY_NAMES)),
    queues: c.queues.map(add(QUEUE_NAMES)),
    services: c.services.map(add(SERVICE_NAMES)),
    machineTranslatedNames: ['ur', 'fa', 'hi', 'ml', 'bn', 'tl'],
  };
})();

/** Demo accounts; `npm start` prints them. PINs are hashed with scrypt before they are stored. */
/**
 * The catalogue open around the clock, every queue included: what the demo seeds unless
 * DAWR_DEMO_HOURS=real, so a newcomer can take a ticket at any hour, and what test hubs use unless a
 * test sets a clock to try the hours themselves.
 */
export function openAroundTheClock(catalogue: Catalogue): Catalogue {
  return {
    ...catalogue,
    centre: {
      ...catalogue.centre,
      openingHours: Array.from({ length: 7 }, () => ({ open: '00:00', close: '00:00' })),
      lastTicketMinutesBeforeClose: 0,
    },
    queues: catalogue.queues.map(({ lastTicketMinutesBeforeClose: _, ...q }) => q),
  };
}

/** Which hours a demo hub seeds: the demo centre's own (`real`) or around the clock (anything else). */
export function demoCatalogueFor(hours: string | undefined): Catalogue {
  return hours === 'real' ? DEMO_CATALOGUE : openAroundTheClock(DEMO_CATALOGUE);
}

export const DEMO_STAFF: (Staff & { pin: string })[] = [
  {
    id: 's-manager',
    username: 'manager',
    displayName: 'Mariam Al Hashimi',
    roles: ['manager'],
    pin: '246810',
  },
  {
    id: 's-admin',
    username: 'admin',
    displayName: 'Khalid Al Mansoori',
    roles: ['admin', 'manager'],
    pin: '135790',
  },
  {
    id: 's-floor',
    username: 'floor',
    displayName: 'Noura Al Ketbi',
    roles: ['floor_assistant'],
    pin: '112233',
  },
  ...Array.from({ length: 8 }, (_, i) => ({
    id: `s-agent${i + 1}`,
    username: `agent${i + 1}`,
    displayName: ['Ahmed', 'Fatima', 'Saeed', 'Aisha', 'Omar', 'Hessa', 'Rashid', 'Latifa'][i]! + ' (demo)',
    roles: ['agent' as const],
    pin: `${i + 1}${i + 1}${i + 1}${i + 1}${i + 1}${i + 1}`,
  })),
];

/**
 * Service forms for the demo centre (see catalogue.ts), in the one format every channel reads:
 * JSON Schema for the data, labels in both languages per field, documents, fees and time.
 */
import type { FieldUi, FormDefinition, FormDocument } from '../../shared/contract/forms.js';

const EMIRATES = [
  'abu-dhabi',
  'dubai',
  'sharjah',
  'ajman',
  'umm-al-quwain',
  'ras-al-khaimah',
  'fujairah',
] as const;
const EMIRATE_LABELS: FieldUi['options'] = {
  'abu-dhabi': { ar: 'أبوظبي', en: 'Abu Dhabi' },
  dubai: { ar: 'دبي', en: 'Dubai' },
  sharjah: { ar: 'الشارقة', en: 'Sharjah' },
  ajman: { ar: 'عجمان', en: 'Ajman' },
  'umm-al-quwain': { ar: 'أم القيوين', en: 'Umm Al Quwain' },
  'ras-al-khaimah': { ar: 'رأس الخيمة', en: 'Ras Al Khaimah' },
  fujairah: { ar: 'الفجيرة', en: 'Fujairah' },
};

const schema = {
  emiratesId: { type: 'string', format: 'emirates-id' },
  passport: { type: 'string', pattern: '^[A-Z0-9]{6,12}$' },
  mobile: { type: 'string', format: 'uae-mobile' },
  email: { type: 'string', format: 'email', maxLength: 254 },
  name: { type: 'string', minLength: 2, maxLength: 100 },
  address: {
    type: 'object',
    additionalProperties: false,
    required: ['emirate', 'area'],
    properties: {
      emirate: { type: 'string', enum: [...EMIRATES] },
      area: { type: 'string', minLength: 2, maxLength: 80 },
      street: { type: 'string', maxLength: 120 },
      makani: { type: 'string', pattern: '^[0-9]{10}$' },
    },
  },
};

const ui: Record<string, FieldUi> = {
  emiratesId: {
    label: { ar: 'رقم الهوية الإماراتية', en: 'Emirates ID number' },
    help: { ar: '15 رقماً تبدأ بـ 784', en: '15 digits starting with 784' },
    placeholder: '784-XXXX-XXXXXXX-X',
    widget: 'text',
    errors: {
      format: {
        ar: 'رقم الهوية غير صحيح: 15 رقماً تبدأ بـ 784',
        en: 'Not a valid Emirates ID: 15 digits starting with 784',
      },
    },
  },
  passport: {
    label: { ar: 'رقم جواز السفر', en: 'Passport number' },
    help: {
      ar: 'حروف لاتينية كبيرة وأرقام كما في الجواز',
      en: 'Capital letters and digits as printed in the passport',
    },
    widget: 'text',
  },
  mobile: {
    label: { ar: 'رقم الهاتف المتحرك', en: 'Mobile number' },
    placeholder: '05X XXX XXXX',
    widget: 'tel',
    errors: {
      format: {
        ar: 'أدخل رقم هاتف متحرك إماراتي يبدأ بـ 05',
        en: 'Enter a UAE mobile number starting with 05',
      },
    },
  },
  email: { label: { ar: 'البريد الإلكتروني', en: 'Email' }, widget: 'email' },
  address: { label: { ar: 'العنوان في الدولة', en: 'Address in the UAE' }, widget: 'group' },
  'address.emirate': { label: { ar: 'الإمارة', en: 'Emirate' }, widget: 'select', options: EMIRATE_LABELS },
  'address.area': { label: { ar: 'المنطقة', en: 'Area' }, widget: 'text' },
  'address.street': { label: { ar: 'الشارع والمبنى', en: 'Street and building' }, widget: 'text' },
  'address.makani': {
    label: { ar: 'رقم مكاني', en: 'Makani number' },
    help: { ar: '10 أرقام على لوحة المبنى', en: '10 digits on the building plate' },
    widget: 'text',
  },
};

const addressFields = (prefix: string): Record<string, FieldUi> =>
  Object.fromEntries(Object.entries(ui).filter(([k]) => k === prefix || k.startsWith(`${prefix}.`)));

const doc = (id: string, ar: string, en: string, mode: FormDocument['mode'], required = true): FormDocument =>
  ({
    id,
    label: { ar, en },
    mode,
    required,
    ...(mode !== 'present'
      ? { accept: ['application/pdf', 'image/jpeg', 'image/png'] as const, maxSizeKb: 5120 }
      : {}),
  }) as FormDocument;

const object = (properties: Record<string, unknown>, required: string[]) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  required,
  properties,
});

export const DEMO_FORMS: FormDefinition[] = [
  {
    serviceId: 'eid-renew',
    version: 1,
    title: { ar: 'تجديد بطاقة الهوية', en: 'Renew Emirates ID' },
    schema: object(
      {
        emiratesId: schema.emiratesId,
        mobile: schema.mobile,
        email: schema.email,
        address: schema.address,
        validityYears: { type: 'integer', enum: [2, 5, 10] },
      },
      ['emiratesId', 'mobile', 'address', 'validityYears'],
    ),
    fields: {
      emiratesId: ui.emiratesId!,
      mobile: ui.mobile!,
      email: ui.email!,
      ...addressFields('address'),
      validityYears: {
        label: { ar: 'مدة صلاحية البطاقة', en: 'Card validity' },
        widget: 'radio',
        options: {
          '2': { ar: 'سنتان', en: '2 years' },
          '5': { ar: '5 سنوات', en: '5 years' },
          '10': { ar: '10 سنوات', en: '10 years' },
        },
      },
    },
    order: ['emiratesId', 'mobile', 'email', 'address', 'validityYears'],
    documents: [
      doc('eid-card', 'بطاقة الهوية الإماراتية الأصلية', 'Original Emirates ID card', 'present'),
      doc(
        'photo',
        'صورة شخصية حديثة بخلفية بيضاء',
        'Recent photo on a white background',
        'attach_or_present',
      ),
    ],
    fees: [
      { id: 'card', label: { ar: 'رسوم البطاقة', en: 'Card fee' }, amountAed: 100 },
      { id: 'smart-services', label: { ar: 'رسوم الخدمات الذكية', en: 'Smart services fee' }, amountAed: 40 },
    ],
    expectedMinutes: 8,
    processingDays: 5,
  },
  {
    serviceId: 'residency-renew',
    version: 1,
    title: { ar: 'تجديد تأشيرة الإقامة', en: 'Renew residence visa' },
    schema: object(
      {
        emiratesId: schema.emiratesId,
        passportNumber: schema.passport,
        mobile: schema.mobile,
        email: schema.email,
        sponsorType: { type: 'string', enum: ['employer', 'family', 'property', 'self'] },
        sponsorName: schema.name,
        sponsorEmiratesId: schema.emiratesId,
        address: schema.address,
      },
      ['emiratesId', 'passportNumber', 'mobile', 'sponsorType', 'sponsorName', 'address'],
    ),
    fields: {
      emiratesId: ui.emiratesId!,
      passportNumber: ui.passport!,
      mobile: ui.mobile!,
      email: ui.email!,
      sponsorType: {
        label: { ar: 'نوع الكفالة', en: 'Sponsorship type' },
        widget: 'select',
        options: {
          employer: { ar: 'جهة العمل', en: 'Employer' },
          family: { ar: 'فرد من الأسرة', en: 'Family member' },
          property: { ar: 'مالك عقار', en: 'Property owner' },
          self: { ar: 'كفالة ذاتية (إقامة ذهبية أو مستثمر)', en: 'Self (golden visa or investor)' },
        },
      },
      sponsorName: { label: { ar: 'اسم الكفيل', en: 'Sponsor name' }, widget: 'text' },
      sponsorEmiratesId: {
        ...ui.emiratesId!,
        label: { ar: 'رقم هوية الكفيل', en: "Sponsor's Emirates ID number" },
      },
      ...addressFields('address'),
    },
    order: [
      'emiratesId',
      'passportNumber',
      'mobile',
      'email',
      'sponsorType',
      'sponsorName',
      'sponsorEmiratesId',
      'address',
    ],
    documents: [
      doc(
        'passport',
        'جواز السفر الأصلي (صالح 6 أشهر على الأقل)',
        'Original passport (valid for at least 6 months)',
        'attach_or_present',
      ),
      doc('eid-card', 'بطاقة الهوية الإماراتية', 'Emirates ID card', 'present'),
      doc('photo', 'صورة شخصية حديثة بخلفية بيضاء', 'Recent photo on a white background', 'attach'),
      doc('tenancy', 'عقد الإيجار الموثق', 'Attested tenancy contract', 'attach'),
      doc('medical', 'شهادة اللياقة الطبية', 'Medical fitness certificate', 'attach', false),
    ],
    fees: [
      { id: 'permit', label: { ar: 'رسوم الإقامة', en: 'Residence fee' }, amountAed: 300 },
      { id: 'eid', label: { ar: 'رسوم الهوية', en: 'Emirates ID fee' }, amountAed: 270 },
      { id: 'service', label: { ar: 'رسوم الخدمة', en: 'Service fee' }, amountAed: 50 },
    ],
    expectedMinutes: 12,
    processingDays: 3,
  },
  {
    serviceId: 'licence-renew',
    version: 1,
    title: { ar: 'تجديد رخصة القيادة', en: 'Renew driving licence' },
    schema: object(
      {
        emiratesId: schema.emiratesId,
        licenceNumber: { type: 'string', pattern: '^[0-9]{5,10}$' },
        trafficFileNumber: { type: 'string', pattern: '^[0-9]{8}$' },
        eyeTestReference: { type: 'string', pattern: '^[A-Z0-9-]{6,20}$' },
        mobile: schema.mobile,
        deliver: { type: 'boolean' },
        address: schema.address,
      },
      ['emiratesId', 'licenceNumber', 'eyeTestReference', 'mobile', 'deliver'],
    ),
    fields: {
      emiratesId: ui.emiratesId!,
      licenceNumber: { label: { ar: 'رقم رخصة القيادة', en: 'Driving licence number' }, widget: 'text' },
      trafficFileNumber: {
        label: { ar: 'رقم الملف المروري', en: 'Traffic file number' },
        help: { ar: '8 أرقام، مطبوع على الرخصة', en: '8 digits, printed on the licence' },
        widget: 'text',
      },
      eyeTestReference: { label: { ar: 'رقم نتيجة فحص النظر', en: 'Eye test reference' }, widget: 'text' },
      mobile: ui.mobile!,
      deliver: {
        label: { ar: 'توصيل الرخصة إلى العنوان', en: 'Deliver the licence to my address' },
        widget: 'checkbox',
      },
      ...addressFields('address'),
    },
    order: [
      'emiratesId',
      'licenceNumber',
      'trafficFileNumber',
      'eyeTestReference',
      'mobile',
      'deliver',
      'address',
    ],
    documents: [
      doc('eid-card', 'بطاقة الهوية الإماراتية', 'Emirates ID card', 'present'),
      doc('licence', 'رخصة القيادة الحالية', 'Current driving licence', 'present'),
      doc('eye-test', 'نتيجة فحص النظر', 'Eye test result', 'attach_or_present'),
    ],
    fees: [
      { id: 'renewal', label: { ar: 'رسوم التجديد', en: 'Renewal fee' }, amountAed: 300 },
      {
        id: 'knowledge',
        label: { ar: 'رسوم المعرفة والابتكار', en: 'Knowledge and innovation fees' },
        amountAed: 20,
      },
    ],
    expectedMinutes: 7,
  },
  {
    serviceId: 'tenancy-attest',
    version: 1,
    title: { ar: 'توثيق عقد الإيجار', en: 'Attest a tenancy contract' },
    schema: object(
      {
        tenantEmiratesId: schema.emiratesId,
        mobile: schema.mobile,
        email: schema.email,
        landlordName: schema.name,
        propertyAddress: schema.address,
        annualRentAed: { type: 'number', minimum: 1000, maximum: 10000000 },
        startDate: { type: 'string', format: 'date' },
        endDate: { type: 'string', format: 'date' },
        premisesType: { type: 'string', enum: ['apartment', 'villa', 'shop', 'office', 'warehouse'] },
      },
      [
        'tenantEmiratesId',
        'mobile',
        'landlordName',
        'propertyAddress',
        'annualRentAed',
        'startDate',
        'endDate',
        'premisesType',
      ],
    ),
    fields: {
      tenantEmiratesId: {
        ...ui.emiratesId!,
        label: { ar: 'رقم هوية المستأجر', en: "Tenant's Emirates ID number" },
      },
      mobile: ui.mobile!,
      email: ui.email!,
      landlordName: { label: { ar: 'اسم المالك', en: 'Landlord name' }, widget: 'text' },
      propertyAddress: { label: { ar: 'عنوان العقار', en: 'Property address' }, widget: 'group' },
      'propertyAddress.emirate': ui['address.emirate']!,
      'propertyAddress.area': ui['address.area']!,
      'propertyAddress.street': ui['address.street']!,
      'propertyAddress.makani': ui['address.makani']!,
      annualRentAed: {
        label: { ar: 'قيمة الإيجار السنوي (درهم)', en: 'Annual rent (AED)' },
        widget: 'number',
      },
      startDate: { label: { ar: 'تاريخ بداية العقد', en: 'Contract start date' }, widget: 'date' },
      endDate: { label: { ar: 'تاريخ نهاية العقد', en: 'Contract end date' }, widget: 'date' },
      premisesType: {
        label: { ar: 'نوع العقار', en: 'Type of premises' },
        widget: 'select',
        options: {
          apartment: { ar: 'شقة', en: 'Apartment' },
          villa: { ar: 'فيلا', en: 'Villa' },
          shop: { ar: 'محل', en: 'Shop' },
          office: { ar: 'مكتب', en: 'Office' },
          warehouse: { ar: 'مستودع', en: 'Warehouse' },
        },
      },
    },
    order: [
      'tenantEmiratesId',
      'mobile',
      'email',
      'landlordName',
      'propertyAddress',
      'annualRentAed',
      'startDate',
      'endDate',
      'premisesType',
    ],
    documents: [
      doc('contract', 'عقد الإيجار موقعاً من الطرفين', 'Tenancy contract signed by both parties', 'attach'),
      doc('title-deed', 'سند ملكية العقار', 'Title deed of the property', 'attach'),
      doc('eid-card', 'بطاقة هوية المستأجر', "Tenant's Emirates ID card", 'present'),
    ],
    fees: [{ id: 'attestation', label: { ar: 'رسوم التوثيق', en: 'Attestation fee' }, amountAed: 220 }],
    expectedMinutes: 10,
  },
  {
    serviceId: 'work-permit',
    version: 1,
    title: { ar: 'إصدار تصريح عمل', en: 'Issue a work permit' },
    schema: object(
      {
        establishmentNumber: { type: 'string', pattern: '^[0-9]{6,10}$' },
        workerName: schema.name,
        workerPassportNumber: schema.passport,
        nationality: { type: 'string', pattern: '^[A-Z]{3}$' },
        jobTitle: { type: 'string', minLength: 2, maxLength: 80 },
        monthlySalaryAed: { type: 'number', minimum: 1000, maximum: 1000000 },
        contractStart: { type: 'string', format: 'date' },
        employerMobile: schema.mobile,
      },
      [
        'establishmentNumber',
        'workerName',
        'workerPassportNumber',
        'nationality',
        'jobTitle',
        'monthlySalaryAed',
        'contractStart',
        'employerMobile',
      ],
    ),
    fields: {
      establishmentNumber: { label: { ar: 'رقم المنشأة', en: 'Establishment number' }, widget: 'text' },
      workerName: {
        label: { ar: 'اسم العامل كما في الجواز', en: "Worker's name as in the passport" },
        widget: 'text',
      },
      workerPassportNumber: {
        ...ui.passport!,
        label: { ar: 'رقم جواز سفر العامل', en: "Worker's passport number" },
      },
      nationality: {
        label: { ar: 'الجنسية', en: 'Nationality' },
        help: { ar: 'رمز الدولة من 3 أحرف، مثل IND', en: 'Three-letter country code, e.g. IND' },
        widget: 'text',
      },
      jobTitle: { label: { ar: 'المسمى الوظيفي', en: 'Job title' }, widget: 'text' },
      monthlySalaryAed: {
        label: { ar: 'الراتب الشهري (درهم)', en: 'Monthly salary (AED)' },
        widget: 'number',
      },
      contractStart: { label: { ar: 'تاريخ بدء العمل', en: 'Start date' }, widget: 'date' },
      employerMobile: { ...ui.mobile!, label: { ar: 'هاتف صاحب العمل', en: "Employer's mobile number" } },
    },
    order: [
      'establishmentNumber',
      'workerName',
      'workerPassportNumber',
      'nationality',
      'jobTitle',
      'monthlySalaryAed',
      'contractStart',
      'employerMobile',
    ],
    documents: [
      doc('passport', 'جواز سفر العامل', "Worker's passport", 'attach'),
      doc('contract', 'عقد العمل الموقع', 'Signed employment contract', 'attach'),
      doc('photo', 'صورة شخصية للعامل', "Worker's photo", 'attach'),
      doc('qualification', 'الشهادة الدراسية المصدقة', 'Attested educational certificate', 'attach', false),
    ],
    fees: [
      { id: 'application', label: { ar: 'رسوم الطلب', en: 'Application fee' }, amountAed: 100 },
      { id: 'permit', label: { ar: 'رسوم التصريح', en: 'Permit fee' }, amountAed: 250 },
    ],
    expectedMinutes: 15,
    processingDays: 2,
  },
];

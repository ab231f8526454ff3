/**
 * A service's form, defined once for every channel (kiosk, website, app): the data as JSON Schema
 * (draft 2020-12) plus what a schema cannot say — labels and help in Arabic and English per field,
 * the order to ask in, documents to attach or present, fees in AED and the expected time.
 * The envelope is checked here; the JSON Schema itself is compiled (strict) where forms are loaded.
 */
import * as z from 'zod';
import { cleanText } from './text.js';
import { Id } from './catalogue.js';

const Text = cleanText().min(1).max(500);
export const Bilingual = z.object({ ar: Text, en: Text });
export type Bilingual = z.infer<typeof Bilingual>;

/** A field's path: a property name, or names joined by dots for a nested object (`address.emirate`). */
export const FieldPath = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/, 'field paths are camelCase names joined by dots');

export const FieldWidget = z.enum([
  'text',
  'textarea',
  'number',
  'date',
  'email',
  'tel',
  'select',
  'radio',
  'checkbox',
  'group',
]);

export const FieldUi = z.object({
  label: Bilingual,
  help: Bilingual.optional(),
  placeholder: cleanText().max(100).optional(),
  widget: FieldWidget,
  /** Labels for an enum's values, in both languages. */
  options: z.record(z.string(), Bilingual).optional(),
  /** Messages that replace the generic ones for this field, by JSON Schema keyword (pattern, format…). */
  errors: z.record(z.string(), Bilingual).optional(),
  /**
   * The grammatical gender of the Arabic label's head noun, which the generic messages agree with
   * ("مدة الصلاحية مطلوبة"); absent: read from the label (shared/domain/forms/messages.ts).
   */
  arGender: z.enum(['masculine', 'feminine']).optional(),
});
export type FieldUi = z.infer<typeof FieldUi>;

export const FormDocument = z.object({
  id: Id,
  label: Bilingual,
  /** attach: uploaded with the form; present: shown in original at the counter. */
  mode: z.enum(['attach', 'present', 'attach_or_present']),
  required: z.boolean(),
  accept: z
    .array(z.enum(['application/pdf', 'image/jpeg', 'image/png']))
    .max(3)
    .optional(),
  maxSizeKb: z.number().int().positive().max(20_480).optional(),
});
export type FormDocument = z.infer<typeof FormDocument>;

export const FormFee = z.object({
  id: Id,
  label: Bilingual,
  amountAed: z.number().min(0).max(1_000_000),
});
export type FormFee = z.infer<typeof FormFee>;

export const FormDefinition = z.object({
  serviceId: Id,
  /** Bumped on every change, so channels can cache by (serviceId, version). */
  version: z.number().int().min(1),
  title: Bilingual,
  /** JSON Schema 2020-12 for the submitted data; an object schema with `additionalProperties: false`. */
  schema: z.record(z.string(), z.unknown()),
  fields: z.record(FieldPath, FieldUi),
  /** Top-level fields in the order they are asked; nested fields follow their schema's order. */
  order: z.array(FieldPath).min(1),
  documents: z.array(FormDocument).max(20),
  fees: z.array(FormFee).max(10),
  /** Minutes at the counter. */
  expectedMinutes: z.number().positive().max(480),
  /** Working days until the result is issued, when it is not issued on the spot. */
  processingDays: z.number().int().min(0).max(90).optional(),
});
export type FormDefinition = z.infer<typeof FormDefinition>;

export const FormsFile = z.object({ forms: z.array(FormDefinition).min(1).max(500) });

/** One problem with submitted data, for one field ('' for the form as a whole). */
export const FieldError = z.object({
  field: z.string(),
  keyword: z.string(),
  message: Bilingual,
});
export type FieldError = z.infer<typeof FieldError>;

export const FormValidation = z.union([
  z.object({ valid: z.literal(true), data: z.record(z.string(), z.unknown()) }),
  z.object({ valid: z.literal(false), errors: z.array(FieldError) }),
]);
export type FormValidation = z.infer<typeof FormValidation>;

/**
 * The virtual assistant's messages: FAQ entries the centre maintains, the kiosk's question, and
 * the answer. Shared by the hub (which answers) and the kiosk/dashboard (which ask and edit).
 */
import * as z from 'zod';
import { cleanText } from '../../contract/text.js';
import { Id, LocalizedText } from '../../contract/catalogue.js';

export const Language = z.enum(['ar', 'en']);
export type Language = z.infer<typeof Language>;

const Line = cleanText().min(1).max(300);
const LongText = cleanText().min(1).max(2000);

export const FaqEntry = z.object({
  id: Id,
  question: z.object({ ar: Line, en: Line }),
  /** Other ways people ask the same thing; they are indexed, never shown. */
  variants: z.object({ ar: z.array(Line).max(30), en: z.array(Line).max(30) }).default({ ar: [], en: [] }),
  answer: z.object({ ar: LongText, en: LongText }),
  /** Services the answer is about; the kiosk offers them (and their documents) with the answer. */
  serviceIds: z.array(Id).max(12).default([]),
});
export type FaqEntry = z.infer<typeof FaqEntry>;
export type FaqEntryInput = z.input<typeof FaqEntry>;

export const AskInput = z.object({
  question: cleanText().min(1, 'ask a question').max(300, 'a question is at most 300 characters'),
  language: Language,
  /** The ticket this kiosk just printed, if any, so "where is my counter" can be answered. */
  ticketNumber: z
    .string()
    .regex(/^[A-Z]{1,2}\d{1,4}$/, 'a ticket number is a queue prefix and digits, e.g. A045')
    .optional(),
});
export type AskInput = z.infer<typeof AskInput>;

export const AnswerService = z.object({
  id: Id,
  name: LocalizedText,
  agency: LocalizedText,
  documents: z.array(LocalizedText),
  expectedMinutes: z.number(),
  onlineUrl: z.string().optional(),
});
export type AnswerService = z.infer<typeof AnswerService>;

export const AnswerFaq = z.object({
  id: Id,
  question: z.object({ ar: Line, en: Line }),
  answer: z.object({ ar: LongText, en: LongText }),
  serviceIds: z.array(Id),
});
export type AnswerFaq = z.infer<typeof AnswerFaq>;

export const AnswerMatch = z.object({
  kind: z.enum(['service', 'faq']),
  id: Id,
  score: z.number(),
});
export type AnswerMatch = z.infer<typeof AnswerMatch>;

/**
 * `answered`: confident. `unsure`: something matched but not enough of the question ("did you
 * mean…?"). `not_understood`: nothing matched. `asked_for_person`: the visitor asked for a member of
 * staff. `not_offered`: a government service this centre does not provide; the answer says where to
 * go instead. `out_of_scope`: not about government services at all.
 * Every outcome but `answered` and `not_offered` sets `handover`, and the kiosk offers a help request.
 */
export const AnswerOutcome = z.enum([
  'answered',
  'unsure',
  'not_understood',
  'asked_for_person',
  'not_offered',
  'out_of_scope',
]);
export type AnswerOutcome = z.infer<typeof AnswerOutcome>;

/**
 * Which fact the answer gives: a service's card (`service`) or one fact of it, an FAQ entry, or
 * live data (the visitor's ticket, the current wait, today's opening hours).
 */
export const AnswerKind = z.enum([
  'service',
  'documents',
  'fees',
  'duration',
  'representative',
  'online',
  'eligibility',
  'faq',
  'my-counter',
  'current-wait',
  'opening-hours',
  'not-offered',
]);
export type AnswerKind = z.infer<typeof AnswerKind>;

/** Where the answer's fact came from, shown to the visitor ("from the service form"). */
export const AnswerSource = z.enum(['catalogue', 'forms', 'faq', 'ticket', 'estimate', 'elsewhere']);
export type AnswerSource = z.infer<typeof AnswerSource>;

export const AnswerFee = z.object({ label: LocalizedText, amountAed: z.number().min(0) });

/** Live state of the visitor's own ticket, filled in by the hub. */
export const AnswerTicket = z.discriminatedUnion('state', [
  /** No ticket number came with the question: the kiosk asks for it. */
  z.object({ state: z.literal('need_number') }),
  z.object({ state: z.literal('unknown'), number: z.string().max(20) }),
  z.object({ state: z.literal('waiting'), number: z.string().max(20), ahead: z.number().int().min(0) }),
  z.object({ state: z.literal('called'), number: z.string().max(20), counter: z.string().max(20) }),
  z.object({ state: z.literal('done'), number: z.string().max(20) }),
]);
export type AnswerTicket = z.infer<typeof AnswerTicket>;

/** The facts behind a `kind`; each present only for the kinds that use it. */
export const AnswerFacts = z.object({
  fees: z.array(AnswerFee).optional(),
  totalAed: z.number().min(0).optional(),
  /** Working days until issued; 0 = on the spot. Absent when the centre has not said. */
  processingDays: z.number().int().min(0).optional(),
  expectedMinutes: z.number().optional(),
  onlineUrl: z.string().optional(),
  /** Per weekday, 0 = Sunday; null = closed. */
  openingHours: z.array(z.object({ open: z.string(), close: z.string() }).nullable()).optional(),
  waits: z
    .array(
      z.object({
        queueId: Id,
        name: LocalizedText,
        waiting: z.number().int().min(0),
        /** Rounded: what kiosks older than p10/p90/counters show ("about N minutes"). */
        p50Minutes: z.number(),
        /**
         * The estimate as the screens read it (shared/domain/wait-shown.ts), so the answer gives the
         * figure the kiosk's service tile shows for the same queue. Absent from older hubs.
         */
        p10Minutes: z.number().min(0).optional(),
        p90Minutes: z.number().min(0).optional(),
        counters: z.number().int().min(0).optional(),
      }),
    )
    .optional(),
  ticket: AnswerTicket.optional(),
  /** For `not_offered`: the service and where it is provided. */
  elsewhere: z.object({ id: Id, name: LocalizedText, where: LocalizedText, url: z.string() }).optional(),
});
export type AnswerFacts = z.infer<typeof AnswerFacts>;

export const AssistantAnswer = z.object({
  handover: z.boolean(),
  outcome: AnswerOutcome,
  /** 0…1: the idf-weighted share of the question the best match accounts for. */
  confidence: z.number().min(0).max(1),
  /** Best first, at most five; kept when unsure so the kiosk can offer "did you mean". */
  matches: z.array(AnswerMatch),
  services: z.array(AnswerService),
  faqs: z.array(AnswerFaq),
  kind: AnswerKind.optional(),
  source: AnswerSource.optional(),
  facts: AnswerFacts.optional(),
});
export type AssistantAnswer = z.infer<typeof AssistantAnswer>;

/** A group of questions the assistant could not answer, redacted (see redact.ts), for the FAQ editor. */
export const UnansweredGroup = z.object({
  key: z.string(),
  example: z.string(),
  language: Language,
  outcome: AnswerOutcome,
  count: z.number().int().min(1),
  firstAt: z.number(),
  lastAt: z.number(),
});
export type UnansweredGroup = z.infer<typeof UnansweredGroup>;
export const UnansweredList = z.object({ unanswered: z.array(UnansweredGroup) });
export const UnansweredQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
export const UnansweredKey = z.object({ key: z.string().min(1).max(400) });
export const UnansweredDismissed = z.object({ deleted: z.literal(true) });

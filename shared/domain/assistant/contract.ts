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
 * `answered`: confident. `unsure`: something matched but not enough of the question.
 * `not_understood`: nothing matched. `asked_for_person`: the visitor asked for a member of staff.
 * Every outcome but `answered` sets `handover`, and the kiosk offers a help request.
 */
export const AnswerOutcome = z.enum(['answered', 'unsure', 'not_understood', 'asked_for_person']);
export type AnswerOutcome = z.infer<typeof AnswerOutcome>;

export const AssistantAnswer = z.object({
  handover: z.boolean(),
  outcome: AnswerOutcome,
  /** 0…1: the idf-weighted share of the question the best match accounts for. */
  confidence: z.number().min(0).max(1),
  /** Best first, at most five; kept when unsure so the kiosk can offer "did you mean". */
  matches: z.array(AnswerMatch),
  services: z.array(AnswerService),
  faqs: z.array(AnswerFaq),
});
export type AssistantAnswer = z.infer<typeof AssistantAnswer>;

/**
 * One queue, one wait figure (issue #15): what the kiosk's service tile shows for a queue is what the
 * assistant answers for it ("how long is the wait now"), and what the kiosk's ticket screen shows
 * for a ticket is what its slip prints. Before, the assistant said "about" the p50 and the slip
 * printed p50–p90 under screens showing p10–p90, and both gave minutes with no counter open. Each
 * figure is written here by the code that writes it in the app (renderer/kiosk/format.ts, the slip's
 * template), from what the hub sends; the hub runs on a fixed clock so every answer reads one moment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { ticketLines } from '../../devices/printer/ticket-template.js';
import { askWaitLine, waitFigure } from '../../renderer/kiosk/format.js';
import { TicketPrintDataSchema } from '../../shared/contract/printer.js';
import * as z from 'zod';
import { IssuedTicket, QueueSummary } from '../../shared/contract/views.js';
import { AnswerFacts, AssistantAnswer } from '../../shared/domain/assistant/contract.js';
import type { Translate } from '../../shared/i18n/durations.js';
import { catalogueTranslate } from '../support/translate.js';
import { api, KIOSK_KEY, login, openAllDay, startTestHub, type TestHub } from '../support/hub.js';

const kiosk = `Device ${KIOSK_KEY}`;
const queueId = 'q-traffic';
const serviceId = 'licence-renew';
/** Sunday 6 December 2026, 10:00 in Dubai. */
const now = Date.UTC(2026, 11, 6, 6, 0);
let hub: TestHub;
let ar: Translate;
let en: Translate;
let key = 0;
/** What a kiosk's snapshot says of each queue, as far as its service tiles read it. */
const KioskQueues = z.object({
  queues: z.array(QueueSummary.pick({ queueId: true, waiting: true, estimate: true })),
});

beforeAll(async () => {
  delete process.env.DAWR_KIOSK_PRINTERS;
  ar = await catalogueTranslate('ar');
  en = await catalogueTranslate('en');
  hub = await startTestHub({ catalogue: openAllDay(DEMO_CATALOGUE), clock: { now: () => now } });
});
afterAll(async () => hub?.cleanup());

/** The queue's tile on the kiosk (its snapshot) and the assistant's answer for it, both in Arabic. */
async function tileAndAssistant(): Promise<{ tile: string; assistant: string; waiting: number }> {
  const snap = await api(hub.url, 'GET', '/snapshot', kiosk);
  expect(snap.status).toBe(200);
  const queue = KioskQueues.parse(snap.body).queues.find((q) => q.queueId === queueId)!;
  const asked = await api(hub.url, 'POST', '/assistant/ask', kiosk, {
    question: 'كم مدة الانتظار الآن في قسم المرور؟',
    language: 'ar',
  });
  expect(asked.status).toBe(200);
  const answer = AssistantAnswer.parse(asked.body);
  expect(answer.kind).toBe('current-wait');
  const wait = answer.facts?.waits?.find((w) => w.queueId === queueId);
  expect(wait).toBeDefined();
  return {
    tile: waitFigure(queue.estimate, 'latin', ar),
    assistant: askWaitLine(wait!.name.ar, wait!, 'latin', ar),
    waiting: queue.waiting,
  };
}

/** A ticket taken at the kiosk: its screen's wait, and its slip's Arabic and English wait lines. */
async function screenAndSlip() {
  const issued = await api(hub.url, 'POST', '/visits', kiosk, {
    serviceId,
    idempotencyKey: `same-figure-${++key}`,
  });
  expect(issued.status, JSON.stringify(issued.body)).toBe(200);
  const ticket = IssuedTicket.parse(issued.body);
  const printed = await api(hub.url, 'GET', `/kiosk/tickets/${ticket.visit.id}/print-data`, kiosk);
  expect(printed.status).toBe(200);
  const data = TicketPrintDataSchema.parse(printed.body);
  const lines = ticketLines(data);
  return {
    estimate: ticket.estimate,
    screen: { ar: waitFigure(ticket.estimate, 'latin', ar), en: waitFigure(ticket.estimate, 'latin', en) },
    minutes: data.estimatedWaitMinutes,
    slip: { ar: lines.waitAr, en: lines.waitEn },
  };
}

describe('the same wait on the kiosk, in the assistant and on paper', () => {
  it('no counter open: every one of them says so, none gives minutes', async () => {
    const { tile, assistant, waiting } = await tileAndAssistant();
    expect(tile).toBe('لا كاونتر مفتوح الآن');
    expect(assistant).toBe(
      ar('ask.waitShownLine', { queue: 'المرور', waiting: String(waiting), wait: 'لا كاونتر مفتوح الآن' }),
    );
    const ticket = await screenAndSlip();
    expect(ticket.screen.ar).toBe('لا كاونتر مفتوح الآن');
    expect(ticket.minutes).toBeNull();
    expect(ticket.slip).toEqual({ ar: ticket.screen.ar, en: ticket.screen.en });
  });

  it('a counter open and people waiting: the tile’s range is the answer’s, the screen’s is the slip’s', async () => {
    const agent = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
    expect((await api(hub.url, 'POST', '/counters/c1/open', agent, {})).status).toBe(200);
    for (let i = 0; i < 4; i++) await screenAndSlip();

    const { tile, assistant, waiting } = await tileAndAssistant();
    expect(tile).toMatch(/^من \d+ إلى \d+ (دقيقة|دقائق)$/);
    expect(assistant).toBe(
      ar('ask.waitShownLine', { queue: 'المرور', waiting: String(waiting), wait: tile }),
    );

    const ticket = await screenAndSlip();
    expect(ticket.slip.ar).toBe(`الانتظار المتوقع: ${ticket.screen.ar}`);
    // The screen's p10–p90, where the slip printed p50–p90: its low end is below the median.
    const { p10Minutes, p50Minutes, p90Minutes } = ticket.estimate;
    expect(ticket.minutes).toEqual({ low: Math.round(p10Minutes!), high: Math.round(p90Minutes) });
    expect(Math.round(p10Minutes!)).toBeLessThan(Math.round(p50Minutes));
    expect(ticket.screen.en).toBe(`${Math.round(p10Minutes!)}–${Math.round(p90Minutes)} minutes`);
    expect(ticket.slip.en).toBe(`Estimated wait: ${Math.round(p10Minutes!)}-${Math.round(p90Minutes)} min`);
  });
});

describe("the assistant's line for one queue", () => {
  it('in the words and digits of the screens: a range, less than a minute, no counter open', () => {
    const base = { waiting: 4, p10Minutes: 3.4, p50Minutes: 8, p90Minutes: 11.6 };
    expect(askWaitLine('الهوية', { ...base, counters: 2 }, 'arabic', ar)).toBe(
      'الهوية: ٤ بالانتظار، الانتظار المتوقع: من ٣ إلى ١٢ دقيقة',
    );
    expect(askWaitLine('Identity', { ...base, counters: 2 }, 'latin', en)).toBe(
      'Identity: 4 waiting, estimated wait: 3–12 minutes',
    );
    const soon = { waiting: 0, p10Minutes: 0, p50Minutes: 0, p90Minutes: 0.4, counters: 1 };
    expect(askWaitLine('Identity', soon, 'latin', en)).toBe(
      'Identity: 0 waiting, estimated wait: less than a minute',
    );
    expect(askWaitLine('الهوية', { ...base, counters: 0 }, 'latin', ar)).toBe(
      'الهوية: 4 بالانتظار، الانتظار المتوقع: لا كاونتر مفتوح الآن',
    );
  });

  it('from an older hub, which sends only the rounded p50: "about N minutes", as before', () => {
    const old = { queueId: 'q-identity', name: { ar: 'الهوية', en: 'Identity' }, waiting: 4, p50Minutes: 8 };
    const facts = AnswerFacts.parse({ waits: [old] });
    expect(askWaitLine('الهوية', facts.waits![0]!, 'arabic', ar)).toBe('الهوية: ٤ بالانتظار، نحو ٨ دقائق');
    expect(askWaitLine('Identity', facts.waits![0]!, 'latin', en)).toBe(
      'Identity: 4 waiting, about 8 minutes',
    );
  });
});

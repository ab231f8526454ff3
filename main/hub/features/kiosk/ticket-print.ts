/**
 * `POST /api/v1/kiosk/print {visitId}`: prints a ticket on the printer configured for the calling
 * kiosk (its catalogue entry, else DAWR_KIOSK_PRINTERS) and answers within the printer's timeout, printed or not. The ticket stands either way.
 */
import type { FastifyInstance } from 'fastify';
import { TicketPrinter } from '../../../../devices/printer/printer.js';
import { printOrFallback } from '../../../../devices/printer/kiosk-output.js';
import type { TicketClosing, TicketPrintData } from '../../../../shared/contract/printer.js';
import type { PrinterConfigInput } from '../../../../devices/printer/config.js';
import { kioskSettingsFor, type Catalogue } from '../../../../shared/contract/catalogue.js';
import { PrintTicketInput, type PrintTicketResult } from '../../../../shared/contract/kiosk.js';
import type { Visit } from '../../../../shared/contract/visit.js';
import { estimateVisit, type WaitEstimate } from '../../../../shared/domain/estimate.js';
import { waitShown, type WaitShown } from '../../../../shared/domain/wait-shown.js';
import {
  CLOSING_SOON_MINUTES,
  hoursOnDay,
  lastTicketMinutes,
  minutesToHhmm,
} from '../../../../shared/domain/opening-state.js';
import { localTime } from '../../../../shared/domain/time.js';
import { ar } from '../../../../shared/i18n/ar.js';
import { en } from '../../../../shared/i18n/en.js';
import type { VisitorLanguage } from '../../../../shared/i18n/languages.js';
import { LOCALES, visitorText } from '../../../../shared/i18n/locales/all.js';
import type { Hub } from '../../core/hub.js';
import type { HubModuleContext } from '../../core/module-context.js';
import {
  ALERTS,
  DEVICE_HEALTH,
  type KioskPrinterSet,
  type PrintOutcomeNote,
} from '../../core/services/ids.js';
import { mayActOnVisit } from '../../../../shared/domain/visit-access.js';
import { bodyOf, callerWith, originOf, refuse } from '../../core/http-helpers.js';
import type { DeviceStatus } from '../../../../shared/contract/ipc.js';
import { issuingActor } from './ticket-store.js';

/**
 * What the slip says about closing (issue #15): today's closing time, and a notice when the ticket's
 * median estimate runs past it or when the queue's last walk-in ticket is within
 * CLOSING_SOON_MINUTES (the kiosk's "closing soon"). Null on a closed day and for a centre open
 * around the clock, where a closing time would only confuse.
 */
export function ticketClosing(
  catalogue: Catalogue,
  queueId: string,
  estimate: Pick<WaitEstimate, 'p50Minutes'>,
  now: number,
): TicketClosing | null {
  const { centre } = catalogue;
  const local = localTime(now, centre.timeZone);
  const hours = hoursOnDay(centre, local.day, local.weekday);
  if (!hours || (hours.open === 0 && hours.close === 24 * 60)) return null;
  const queue = catalogue.queues.find((q) => q.id === queueId);
  const lastTicket = queue ? Math.max(hours.open, hours.close - lastTicketMinutes(centre, queue)) : null;
  const t = local.minutesOfDay;
  const notice: TicketClosing['notice'] =
    t + estimate.p50Minutes > hours.close
      ? 'estimate_past_closing'
      : lastTicket !== null && t >= lastTicket - CLOSING_SOON_MINUTES
        ? 'last_ticket_near'
        : null;
  return {
    closesAt: minutesToHhmm(hours.close),
    notice,
    lastTicketTime: lastTicket === null ? null : minutesToHhmm(lastTicket),
  };
}

/** A visitor string in Arabic, English and (when it is another) the visitor's language, for paper. */
function slipText(
  lang: VisitorLanguage,
  text: (l: VisitorLanguage) => string,
): Partial<Record<VisitorLanguage, string>> & { ar: string; en: string } {
  return {
    ar: text('ar'),
    en: text('en'),
    ...(lang === 'ar' || lang === 'en' ? {} : { [lang]: text(lang) }),
  };
}

/**
 * The wait the slip prints: the figure the kiosk screen shows for the same ticket (issue #15: the
 * slip printed p50–p90 under a screen showing p10–p90). "Within a minute" goes on paper as the
 * template's 0–1 ("up to 1 minute"); no counter open as null, which the slip words as such.
 */
export function slipWait(shown: WaitShown): TicketPrintData['estimatedWaitMinutes'] {
  if (shown.kind === 'none') return null;
  if (shown.kind === 'soon') return { low: 0, high: 1 };
  return { low: shown.low, high: shown.high };
}

export function ticketPrintData(hub: Hub, visit: Visit, origin: string): TicketPrintData {
  const { catalogue } = hub;
  const service = catalogue.services.find((s) => s.id === visit.serviceIds[0]);
  const agency = catalogue.agencies.find((a) => a.id === service?.agencyId);
  const now = hub.clock.now();
  const estimate = estimateVisit(hub.state, visit, now);
  const relation = visit.representative?.relation;
  // The kiosk records the relation as a key; anything else (typed at a counter) is printed as given.
  const relationKey = {
    family: 'relationFamily',
    employer: 'relationEmployer',
    other: 'relationOther',
  } as const;
  const relationIn = (lng: VisitorLanguage): string =>
    relation && relation in relationKey
      ? visitorText(lng, 'kiosk', relationKey[relation as keyof typeof relationKey])
      : (relation ?? '');
  // The slip is Arabic plus the visitor's language (devices/printer/ticket-template.ts): the
  // catalogue's names carry it where the centre wrote it (else English prints), the fixed texts
  // come from the shipped catalogues.
  const lang = visit.language;
  const priorityIn =
    (reason: NonNullable<Visit['priority']>) =>
    (l: VisitorLanguage): string =>
      l === 'ar'
        ? ar.priority[reason]
        : l === 'en'
          ? en.priority[reason]
          : LOCALES[l].common.priority[reason];
  return {
    centre: catalogue.centre.name,
    agency: agency?.name ?? catalogue.centre.name,
    service: service?.name ?? { ar: visit.serviceIds[0]!, en: visit.serviceIds[0]! },
    ticketNumber: visit.ticket,
    issuedAt: visit.issuedAt,
    timeZone: catalogue.centre.timeZone,
    position: estimate.ahead + 1,
    estimatedWaitMinutes: slipWait(waitShown(estimate)),
    statusUrl: `${origin}/t/${visit.publicToken}`,
    notes: slipText(lang, (l) => visitorText(l, 'kiosk', 'printKeep')),
    language: lang,
    // Printed large, not only in the notes, so the floor staff see it at a glance.
    priority: visit.priority ? slipText(lang, priorityIn(visit.priority)) : null,
    // The relation only: the slip may be lost, so no name goes on paper.
    representative: relation ? slipText(lang, relationIn) : null,
    closing: ticketClosing(catalogue, visit.queueId, estimate, now),
    digits: catalogue.centre.digits ?? 'latn',
  };
}

/**
 * Each kiosk's printer: its entry in the catalogue (`kiosks[].printer`, set in the dashboard) wins;
 * else its entry in DAWR_KIOSK_PRINTERS; else none. The printer objects are cached per kiosk and
 * replaced as soon as the configuration they were made from changes, so a dashboard edit applies to
 * the next ticket without a restart.
 */
export class KioskPrinters {
  private readonly printers = new Map<string, { key: string; printer: TicketPrinter }>();
  constructor(
    /** From the environment: the default per device. */
    private readonly configs: Record<string, PrinterConfigInput>,
    /** The live catalogue, read on every print. */
    private readonly catalogue: () => Catalogue | undefined = () => undefined,
  ) {}

  /** The configuration this kiosk prints with now, and where it comes from. */
  configFor(deviceId: string): { config: PrinterConfigInput; source: 'catalogue' | 'env' } | null {
    const c = this.catalogue();
    const own = c ? kioskSettingsFor(c, deviceId).printer : undefined;
    if (own) return { config: { ...own, id: own.id ?? deviceId }, source: 'catalogue' };
    const env = this.configs[deviceId];
    return env ? { config: env, source: 'env' } : null;
  }

  /** One printer object per kiosk and configuration, so prints to the same printer never overlap. */
  for(deviceId: string): TicketPrinter | null {
    const found = this.configFor(deviceId);
    if (!found) {
      this.printers.delete(deviceId);
      return null;
    }
    const key = JSON.stringify(found.config);
    const cached = this.printers.get(deviceId);
    if (cached?.key === key) return cached.printer;
    const printer = new TicketPrinter(found.config);
    this.printers.set(deviceId, { key, printer });
    return printer;
  }

  /**
   * Drops the cached printer of every kiosk whose configuration changed (run after each catalogue
   * change). A print already under way finishes on the old printer; the next one uses the new.
   */
  refresh(): void {
    for (const [deviceId, cached] of this.printers) {
      const found = this.configFor(deviceId);
      if (!found || JSON.stringify(found.config) !== cached.key) this.printers.delete(deviceId);
    }
  }
}

/**
 * The hub's kiosk printers, provided as KIOSK_PRINTERS: tickets and service request receipts for the
 * same kiosk go through the same TicketPrinter, whose queue keeps their bytes from interleaving.
 * `configs` (DAWR_KIOSK_PRINTERS) is the default; the hub's catalogue is read live.
 */
export function kioskPrinterSet(
  ctx: HubModuleContext,
  configs: Record<string, PrinterConfigInput>,
): KioskPrinterSet {
  const printers = new KioskPrinters(configs, () => ctx.hub.catalogue);
  ctx.catalogueChanges.onApplied(() => printers.refresh());
  return {
    for: (kioskId) => printers.for(kioskId),
    noteOutcome: (kioskId, outcome) => notePrinterOutcome(ctx, kioskId, outcome),
  };
}

/** The device that issued a visit (the actor of its `visit.issued` event), if a device did. */
export function issuingDevice(hub: Hub, visitId: string): string | undefined {
  const actor = issuingActor(hub.db, visitId);
  return actor?.kind === 'device' ? actor.deviceId : undefined;
}

/**
 * Keeps the dashboard's printer alerts in line with what a print (or a device report) found:
 * paper out raises `printer_paper_out`, any other failure `printer_offline`, a success clears both.
 * The subject is the kiosk's device id, so reports from the Electron shell and the hub's own
 * prints speak of the same alert.
 */
/** A print's outcome as a printer status report, under the id `<kiosk>:printer`. */
function hubPrinterReport(kioskId: string, outcome: PrintOutcomeNote, at: number): DeviceStatus {
  const deviceId = `${kioskId}:printer`.slice(0, 64);
  // Paper near end: the ticket printed, so it is a warning to refill, never a failure.
  if (outcome.printed)
    return outcome.state === 'paper-near-end'
      ? { deviceId, kind: 'printer', level: 'warning', detail: 'paper-near-end', at }
      : { deviceId, kind: 'printer', level: 'ok', detail: 'ready', at };
  const unreachable = outcome.reason === 'offline' || outcome.reason === 'timeout' || outcome.reason === 'io';
  return {
    deviceId,
    kind: 'printer',
    level: unreachable ? 'disconnected' : 'error',
    detail: unreachable ? 'offline' : outcome.reason,
    at,
  };
}

function notePrinterOutcome(ctx: HubModuleContext, kioskId: string, outcome: PrintOutcomeNote): void {
  // The device health panel shows the printer too (a browser kiosk has no shell to report it).
  // Bad ticket data (below) says nothing about the printer.
  if (outcome.printed || outcome.reason !== 'bad-data')
    ctx.services
      .find(DEVICE_HEALTH)
      ?.peripheralReport(kioskId, hubPrinterReport(kioskId, outcome, ctx.hub.clock.now()));
  // Alerts are the manager's dashboard; a hub without it has no one to tell.
  const alerts = ctx.services.find(ALERTS);
  if (!alerts) return;
  if (outcome.printed) {
    alerts.clear('printer_offline', kioskId);
    alerts.clear('printer_paper_out', kioskId);
    return;
  }
  // Bad ticket data is the hub's fault, not the printer's.
  if (outcome.reason === 'bad-data') return;
  const detail = { reason: outcome.reason, ...(outcome.message ? { message: outcome.message } : {}) };
  if (outcome.reason === 'paper-out') {
    alerts.clear('printer_offline', kioskId);
    alerts.raise('printer_paper_out', kioskId, detail);
  } else {
    alerts.clear('printer_paper_out', kioskId);
    alerts.raise('printer_offline', kioskId, detail);
  }
}

export function registerTicketPrinting(
  app: FastifyInstance,
  ctx: HubModuleContext,
  printers: KioskPrinterSet,
  publicOrigin: string | undefined,
): void {
  app.post('/api/v1/kiosk/print', async (req, reply) => {
    const caller = callerWith(ctx, req, reply, ['kiosk']);
    if (!caller) return reply;
    const input = bodyOf(PrintTicketInput, req, reply);
    if (!input) return reply;
    const visit = ctx.hub.visit(input.visitId);
    if (!visit || visit.status !== 'waiting')
      return refuse(reply, 'not_found', 'no waiting ticket with this id to print');
    // A printed ticket carries the status link that cancels it: only its own kiosk (or its holder) prints it.
    if (!mayActOnVisit(caller.actor, visit, input.token))
      return refuse(reply, 'forbidden', 'this kiosk can print only the tickets it issued');
    const deviceId = caller.actor.kind === 'device' ? caller.actor.deviceId : '';
    const printer = printers.for(deviceId);
    if (!printer) return { printed: false, reason: 'no_printer' } satisfies PrintTicketResult;
    const origin = originOf(req, reply, publicOrigin);
    if (!origin) return reply;
    const outcome = await printOrFallback(printer, ticketPrintData(ctx.hub, visit, origin));
    printers.noteOutcome(
      deviceId,
      outcome.printed
        ? { printed: true, state: outcome.result.status.state }
        : { printed: false, reason: outcome.reason, message: outcome.message },
    );
    const result: PrintTicketResult = outcome.printed
      ? { printed: true }
      : { printed: false, reason: outcome.reason };
    return result;
  });

  /** For the Electron kiosk's main process, which prints itself: only this kiosk's own waiting tickets. */
  app.get<{ Params: { visitId: string } }>(
    '/api/v1/kiosk/tickets/:visitId/print-data',
    async (req, reply) => {
      const caller = callerWith(ctx, req, reply, ['kiosk']);
      if (!caller) return reply;
      const deviceId = caller.actor.kind === 'device' ? caller.actor.deviceId : '';
      const visit = ctx.hub.visit(req.params.visitId);
      if (!visit || visit.status !== 'waiting' || issuingDevice(ctx.hub, visit.id) !== deviceId)
        return refuse(reply, 'not_found', 'no waiting ticket of this kiosk with this id');
      const origin = originOf(req, reply, publicOrigin);
      if (!origin) return reply;
      return ticketPrintData(ctx.hub, visit, origin);
    },
  );
}

/**
 * The issued ticket: large number, service, position, wait, and a QR code to the phone status page.
 * It is printed once. Once printed the QR code leaves the screen (it can cancel the ticket, and
 * the next person is standing behind) and the screen returns to the start after RETURN_SECONDS,
 * counting down. When printing fails the ticket still stands, the screen says so plainly and
 * offers the number, the QR code to photograph, and a text message (the idle timer ends it).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintTicketResult } from '../../../shared/contract/kiosk.js';
import { SendTicketSmsResult } from '../../../shared/contract/kiosk.js';
import { normaliseUaeMobile } from '../../../shared/domain/identity.js';
import { localisedName } from '../../../shared/contract/catalogue-names.js';
import { useKiosk } from '../context.js';
import { formatNumber, waitFigure } from '../format.js';
import { localiseDigits } from '../../../shared/i18n/index.js';
import { QrCode } from '../qr.js';
import { Ltr } from '../../common/bdi.js';
import { Keypad, NumberField, StepScreen, useErrorText } from '../ui.js';

type PrintState = { kind: 'printing' } | { kind: 'done'; result: PrintTicketResult };

/** Time to take the paper and read the screen once; issue #15 asks for 15 s. */
export const RETURN_SECONDS = 15;

/** Seconds left until `onEnd`, counted from when `running` turned true (null before). */
function useCountdown(running: boolean, seconds: number, onEnd: () => void): number | null {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    if (!running) return;
    const end = Date.now() + seconds * 1000;
    setLeft(seconds);
    const timer = setInterval(() => {
      const remaining = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        clearInterval(timer);
        onEnd();
      }
    }, 250);
    return () => clearInterval(timer);
  }, [running]);
  return left;
}

export function TicketScreen() {
  const { t } = useTranslation();
  const { catalogue, state, language, digits, output, dispatch } = useKiosk();
  const ticket = state.ticket;
  const [print, setPrint] = useState<PrintState>({ kind: 'printing' });
  const printedFor = useRef<string | null>(null);

  useEffect(() => {
    if (!ticket || printedFor.current === ticket.visit.id) return;
    printedFor.current = ticket.visit.id;
    void output.print(ticket.visit.id).then((result) => setPrint({ kind: 'done', result }));
  }, [ticket, output]);

  const printed = print.kind === 'done' && print.result.printed;
  const secondsLeft = useCountdown(printed, RETURN_SECONDS, () => dispatch({ type: 'reset' }));

  if (!ticket) return null;
  const service = catalogue.services.find((s) => s.id === ticket.visit.serviceIds[0]);
  const queue = catalogue.queues.find((q) => q.id === ticket.visit.queueId);
  const wait = waitFigure(ticket.estimate, digits, t);
  const statusUrl = `${location.origin}${ticket.statusPath}`;
  const failed = print.kind === 'done' && !print.result.printed ? print.result : null;
  const reasonKey =
    failed?.printed === false
      ? failed.reason === 'paper-out'
        ? 'kiosk.printReason_paper_out'
        : failed.reason === 'offline' || failed.reason === 'no_printer'
          ? 'kiosk.printReason_offline'
          : 'kiosk.printReason_other'
      : null;
  // The phone's status page's words for the people ahead ("لا أحد أمامك في هذا الطابور", "أمامك شخصان"): a bare
  // "1" beside "ترتيبك" was read as one person ahead, where the phone says the visitor is next.
  const ahead = localiseDigits(t('statusPage.ahead', { count: ticket.estimate.ahead }), digits);
  const spoken = `${t('kiosk.ticketNumber')} ${ticket.visit.ticket}. ${ahead}.`;

  return (
    <StepScreen title={t('kiosk.ticketTitle')} spoken={spoken} back={false} testId="screen-ticket">
      {state.checkedIn && (
        <p className="ok-box" role="status">
          {t('kiosk.checkedIn')}
        </p>
      )}
      {/* One card holds what the visitor must carry away: the number, large, then the place in line,
          the queue whose counters will call it (as the board lists it) and the wait, each large
          enough to read at arm's length; beside them the QR code with its note as its caption. */}
      <div className="ticket-card" data-testid="ticket-facts">
        <div className="ticket-head">
          <p className="label">{t('kiosk.ticketNumber')}</p>
          <p className="ticket-number" data-testid="ticket-number" dir="ltr">
            {ticket.visit.ticket}
          </p>
          <p className="ticket-service">{service && localisedName(service.name, language)}</p>
        </div>
        <div className="ticket-body">
          <dl className="fact-list">
            <div className="fact">
              <dt>{t('statusPage.position')}</dt>
              {/* One number, in its sentence, and no figure to rival the ticket's (issue #15): a big "25"
                  beside "24 people ahead of you" read as a second ticket or a counter number. */}
              <dd>
                <span className="ticket-ahead" data-testid="ticket-ahead">
                  {ahead}
                </span>
              </dd>
            </div>
            {queue && (
              <div className="fact">
                <dt>{t('kiosk.ticketQueue')}</dt>
                <dd className="fact-value" data-testid="ticket-queue">
                  <Ltr>{queue.prefix}</Ltr> · {localisedName(queue.name, language)}
                </dd>
              </div>
            )}
            <div className="fact">
              <dt>{t('kiosk.estimatedWait')}</dt>
              <dd className="fact-value" data-testid="ticket-wait">
                {wait}
              </dd>
            </div>
          </dl>
          {!printed && (
            <figure className="ticket-qr">
              <QrCode value={statusUrl} label={t('kiosk.statusQrLabel')} size={260} testId="status-qr" />
              <figcaption data-testid="status-qr-note">{t('kiosk.statusQrHint')}</figcaption>
            </figure>
          )}
        </div>
        {printed && <p className="qr-on-paper">{t('kiosk.qrOnPaper')}</p>}
      </div>
      <div className="print-state" role="status" data-testid="print-state">
        {print.kind === 'printing' && <p>{t('kiosk.printing')}</p>}
        {print.kind === 'done' && print.result.printed && <p className="ok-box">{t('kiosk.printed')}</p>}
        {reasonKey && (
          <div className="warn-box">
            <p className="strong">{t('kiosk.printFailed')}</p>
            <p>{t(reasonKey)}</p>
            <p>{t('kiosk.printFailedHint')}</p>
          </div>
        )}
      </div>
      {reasonKey && <SmsOffer visitId={ticket.visit.id} />}
      {secondsLeft !== null && (
        <div className="return-countdown" data-testid="return-countdown" role="timer" aria-live="off">
          <span>{t('kiosk.backToStartIn')}</span>
          <span className="countdown-number">{formatNumber(secondsLeft, digits)}</span>
          <span>{t('kiosk.idleUnit', { count: secondsLeft })}</span>
        </div>
      )}
      <div className="primary-action">
        <button type="button" className="big-button primary" onClick={() => dispatch({ type: 'reset' })}>
          {t('kiosk.done')}
        </button>
      </div>
    </StepScreen>
  );
}

function SmsOffer({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { api } = useKiosk();
  const [open, setOpen] = useState(false);
  const [mobile, setMobile] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async () => {
    if (!normaliseUaeMobile(mobile)) return setInvalid(true);
    setBusy(true);
    const r = await api.post<unknown>('/kiosk/sms', { visitId, mobile });
    setBusy(false);
    if (!r.ok) return setError(r.error.code);
    const parsed = SendTicketSmsResult.safeParse(r.data);
    // The number served this one message; it is not kept on screen or in memory.
    setMobile('');
    setSentTo(parsed.success ? parsed.data.to : '');
  };

  if (sentTo !== null)
    return (
      <p className="ok-box" role="status">
        <span>{t('kiosk.smsSent')} </span>
        <bdi dir="ltr">{sentTo}</bdi>
      </p>
    );
  if (!open)
    return (
      <button type="button" className="big-button" onClick={() => setOpen(true)}>
        {t('kiosk.sendSms')}
      </button>
    );
  return (
    <div className="entry">
      <NumberField
        label={t('kiosk.mobileLabel')}
        value={mobile}
        invalid={invalid}
        onChange={(typed) => {
          setMobile(typed.replace(/\D/g, '').slice(0, 12));
          setInvalid(false);
        }}
      />
      {invalid && (
        <p className="error" role="alert">
          {t('kiosk.invalidMobile')}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {errorText(error)}
        </p>
      )}
      <Keypad
        onKey={(d) => setMobile((m) => (m + d).slice(0, 12))}
        onDelete={() => setMobile((m) => m.slice(0, -1))}
        onClear={() => setMobile('')}
      />
      <button
        type="button"
        className="big-button primary"
        disabled={busy || mobile.length === 0}
        onClick={() => void send()}
      >
        {t('kiosk.smsSend')}
      </button>
    </div>
  );
}

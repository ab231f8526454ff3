/**
 * A device's detail in the manager's language (issue #15: the panel showed "ready" and
 * "no-speech-voice:ar,en" inside the Arabic page). The hub passes on what devices report: printer
 * states and print failures, serial link events and a display's missing speech voices, each
 * translated here. Anything else is a technician's text (a driver's error message): labelled in
 * the page's language and shown isolated, as written.
 */
import type { TFunction } from 'i18next';
import type { Lang } from '../format.js';

/** Detail codes the devices and the hub send, as the catalogue's key suffix. */
const KNOWN: Readonly<Record<string, string>> = {
  ready: 'ready',
  'paper-near-end': 'paper_near_end',
  'paper-out': 'paper_out',
  'cover-open': 'cover_open',
  'printer-error': 'printer_error',
  offline: 'offline',
  unknown: 'unknown',
  timeout: 'timeout',
  'bad-reply': 'bad_reply',
  'bad-data': 'bad_data',
  io: 'io',
  connected: 'connected',
  unplugged: 'unplugged',
};

const NO_SPEECH = 'no-speech-voice:';
const NO_ANSWER = 'no answer:';

/** Language codes named in the page's language ("العربية والإنجليزية"). */
function languageList(codes: string[], lang: Lang): string {
  const names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
  return new Intl.ListFormat([lang], { type: 'conjunction' }).format(codes.map((c) => names.of(c) ?? c));
}

export type DetailText = { text: string; technical: string | null };

/** The detail as the panel shows it: translated text, plus the raw technical text when there is one. */
export function deviceDetailText(detail: string, t: TFunction, lang: Lang): DetailText {
  const known = KNOWN[detail];
  if (known) return { text: t(`dashboard.healthDetail_${known}`), technical: null };
  if (detail.startsWith(NO_SPEECH)) {
    const codes = detail.slice(NO_SPEECH.length).split(',').filter(Boolean);
    return {
      text: t('dashboard.healthDetail_noSpeechVoice', { languages: languageList(codes, lang) }),
      technical: null,
    };
  }
  // A serial device that stopped answering pings: the driver's reason is for the technician.
  if (detail.startsWith(NO_ANSWER))
    return {
      text: t('dashboard.healthDetail_noAnswer'),
      technical: detail.slice(NO_ANSWER.length).trim() || null,
    };
  return { text: t('dashboard.healthDetail_other'), technical: detail };
}

export function DeviceDetail({ detail, t, lang }: { detail: string; t: TFunction; lang: Lang }) {
  const d = deviceDetailText(detail, t, lang);
  return (
    <span className="muted" data-testid="health-detail">
      {d.text}
      {d.technical && (
        <>
          {' '}
          <bdi dir="ltr">{d.technical}</bdi>
        </>
      )}
    </span>
  );
}

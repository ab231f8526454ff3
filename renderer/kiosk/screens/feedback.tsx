/**
 * The happiness meter (three faces, the UAE government standard) for a finished visit: the
 * citizen scans the ticket's QR code (its status link carries the ticket token). Votes are anonymous.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Face } from '../../../shared/contract/kiosk.js';
import { PublicTicketStatus } from '../../../shared/contract/views.js';
import { useKiosk } from '../context.js';
import { NumberField, StepScreen, useErrorText } from '../ui.js';

/** The token from a scanned status link (…/t/<token>) or a bare token. */
export function tokenFromScan(scan: string): string | null {
  const m = /(?:\/t\/)?([A-Za-z0-9_-]{16,64})\s*$/.exec(scan.trim());
  return m ? m[1]! : null;
}

const FACES: { face: Face; key: string }[] = [
  { face: 'happy', key: 'kiosk.faceHappy' },
  { face: 'neutral', key: 'kiosk.faceNeutral' },
  { face: 'unhappy', key: 'kiosk.faceUnhappy' },
];

export function FeedbackScreen() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { api } = useKiosk();
  const [scan, setScan] = useState('');
  const [token, setToken] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [thanked, setThanked] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);

  const lookUp = async () => {
    const tk = tokenFromScan(scan);
    setScan('');
    if (!tk) return setError(errorText('not_found'));
    const r = await api.get<unknown>(`/public/tickets/${encodeURIComponent(tk)}`);
    if (!r.ok) return setError(errorText(r.error.code));
    const status = PublicTicketStatus.safeParse(r.data);
    if (!status.success || status.data.status !== 'completed')
      return setError(errorText('visit_not_finished'));
    setError(null);
    setToken(tk);
  };
  const vote = async (face: Face) => {
    if (!token) return;
    const r = await api.post<unknown>('/feedback', { token, face });
    setToken(null);
    if (!r.ok) return setError(errorText(r.error.code));
    setThanked(true);
  };

  return (
    <StepScreen
      title={t('kiosk.feedbackTitle')}
      spoken={`${t('kiosk.feedbackTitle')}. ${token ? t('kiosk.feedbackQuestion') : t('kiosk.feedbackScan')}`}
      testId="screen-feedback"
    >
      {thanked ? (
        <p className="ok-box" role="status">
          {t('kiosk.feedbackThanks')}
        </p>
      ) : token ? (
        <section aria-labelledby="question">
          <h2 id="question">{t('kiosk.feedbackQuestion')}</h2>
          <div className="faces">
            {FACES.map(({ face, key }) => (
              <button
                type="button"
                key={face}
                className={`face face-${face}`}
                onClick={() => void vote(face)}
              >
                <FaceIcon face={face} />
                <span>{t(key)}</span>
              </button>
            ))}
          </div>
          <p className="note">{t('kiosk.feedbackAnonymous')}</p>
        </section>
      ) : (
        <>
          <p className="hint">{t('kiosk.feedbackScan')}</p>
          <NumberField
            label={t('kiosk.ticketCode')}
            value={scan}
            testId="ticket-scan"
            onChange={(typed) => setScan(typed.slice(0, 300))}
            inputRef={field}
            onEnter={() => void lookUp()}
          />
        </>
      )}
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
    </StepScreen>
  );
}

/** A face drawn with SVG: the mouth curves up, lies flat, or curves down. */
function FaceIcon({ face }: { face: Face }) {
  const mouth =
    face === 'happy' ? 'M30 62 Q50 80 70 62' : face === 'neutral' ? 'M32 66 L68 66' : 'M30 72 Q50 54 70 72';
  return (
    <svg viewBox="0 0 100 100" width="96" height="96" aria-hidden="true" focusable="false">
      <circle cx="50" cy="50" r="44" fill="none" stroke="currentColor" strokeWidth="6" />
      <circle cx="35" cy="40" r="6" fill="currentColor" />
      <circle cx="65" cy="40" r="6" fill="currentColor" />
      <path d={mouth} fill="none" stroke="currentColor" strokeWidth="6" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The happiness meter (three faces, the UAE government standard) for a finished visit: the
 * citizen scans the ticket's QR code (its status link carries the ticket token). Votes are anonymous.
 *
 * Only the scan opens the faces. There is no field for the ticket's number (U11: "A011" typed into
 * a keyless "ticket code" field was refused): the number is called aloud and shown on the hall's
 * screens, so anyone could rate someone else's visit with it, while the QR code's token is on the
 * citizen's paper alone (the feedback route takes the token as its proof).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Face } from '../../../shared/contract/kiosk.js';
import { PublicTicketStatus } from '../../../shared/contract/views.js';
import { useKiosk } from '../context.js';
import { StepScreen, useErrorText } from '../ui.js';
import { useWedgeScan } from '../use-wedge-scan.js';

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
  const [token, setToken] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [thanked, setThanked] = useState(false);

  const lookUp = async (scan: string) => {
    const tk = tokenFromScan(scan);
    if (!tk) return setError(errorText('not_found'));
    const r = await api.get<unknown>(`/public/tickets/${encodeURIComponent(tk)}`);
    if (!r.ok) return setError(errorText(r.error.code));
    const status = PublicTicketStatus.safeParse(r.data);
    if (!status.success || status.data.status !== 'completed')
      return setError(errorText('visit_not_finished'));
    setError(null);
    setToken(tk);
  };
  // The scanner types the ticket's link wherever the focus is; once the faces are up, it waits.
  useWedgeScan((scan) => void lookUp(scan), !token && !thanked);
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
      spoken={`${t('kiosk.feedbackTitle')}. ${token ? t('kiosk.feedbackQuestion') : `${t('kiosk.feedbackScan')}. ${t('kiosk.feedbackScanner')}`}`}
      testId="screen-feedback"
      fitScreen
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
        <div className="scan-hint" data-testid="feedback-scan-hint">
          <ScanIcon />
          <p>
            <strong>{t('kiosk.feedbackScan')}</strong>
            <br />
            {t('kiosk.feedbackScanner')}
          </p>
        </div>
      )}
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
    </StepScreen>
  );
}

/** A ticket with its QR code held over the scanner's beam, below it. */
function ScanIcon() {
  return (
    <svg className="scan-icon" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <rect x="24" y="6" width="52" height="60" rx="4" fill="none" stroke="currentColor" strokeWidth="4" />
      <path
        d="M34 18h12v12H34zM54 18h12v12H54zM34 38h12v12H34zM56 40h8v8h-8z"
        fill="none"
        stroke="currentColor"
        strokeWidth="4"
      />
      <path d="M14 80h72" stroke="currentColor" strokeWidth="6" strokeLinecap="round" />
      <path d="M32 92h36" stroke="currentColor" strokeWidth="4" strokeLinecap="round" />
    </svg>
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

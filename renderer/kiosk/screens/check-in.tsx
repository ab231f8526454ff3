/**
 * Appointment check-in: a keyboard-wedge scanner types the booking code into the focused field
 * and presses Enter; the code can also be typed on the on-screen keys.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckInResult } from '../../../shared/contract/kiosk.js';
import { useKiosk } from '../context.js';
import { formatClock } from '../format.js';
import { NumberField, StepScreen, useErrorText } from '../ui.js';

const KEYS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split('');

export function CheckInScreen() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { api, catalogue, lang, digits, dispatch } = useKiosk();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);

  const submit = async (raw: string) => {
    const value = raw.trim().toUpperCase();
    if (value.length < 4 || busy) return;
    setBusy(true);
    setError(null);
    const r = await api.post<unknown>('/kiosk/check-in', { code: value });
    setBusy(false);
    if (!r.ok) {
      const detail = r.error.at
        ? formatClock(r.error.at, catalogue.centre.timeZone, lang, digits)
        : undefined;
      setError(
        r.error.code === 'not_found' ? t('kiosk.err_not_found_booking') : errorText(r.error.code, detail),
      );
      // The code stays as typed (U11: it was emptied), so one wrong character is fixed with the
      // delete key rather than by typing it all again. It is selected in the focused field: a
      // scanner's next code replaces it instead of running on after it.
      field.current?.focus();
      field.current?.select();
      return;
    }
    const parsed = CheckInResult.safeParse(r.data);
    if (!parsed.success) return setError(errorText('internal'));
    dispatch({ type: 'issued', ticket: parsed.data.ticket, checkedIn: true });
  };

  return (
    <StepScreen
      title={t('kiosk.checkInTitle')}
      spoken={`${t('kiosk.checkInTitle')}. ${t('kiosk.checkInHint')}`}
      testId="screen-checkin"
      fitScreen
    >
      <p className="hint">{t('kiosk.checkInHint')}</p>
      <NumberField
        label={t('kiosk.bookingCode')}
        value={code}
        testId="booking-code"
        autoCapitalize="characters"
        onChange={(typed) =>
          setCode(
            typed
              .toUpperCase()
              .replace(/[^A-Z0-9-]/g, '')
              .slice(0, 32),
          )
        }
        inputRef={field}
        onEnter={() => void submit(code)}
      />
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      <div className="alpha-keys" dir="ltr" role="group" aria-label={t('kiosk.keypad')}>
        {KEYS.map((k) => (
          <button type="button" key={k} className="key" onClick={() => setCode((c) => (c + k).slice(0, 32))}>
            {k}
          </button>
        ))}
        <button
          type="button"
          className="key key-wide"
          onClick={() => setCode((c) => c.slice(0, -1))}
          aria-label={t('kiosk.deleteDigit')}
        >
          ⌫
        </button>
      </div>
      <div className="primary-action">
        <button
          type="button"
          className="big-button primary"
          disabled={busy || code.length < 4}
          onClick={() => void submit(code)}
        >
          {t('kiosk.checkIn')}
        </button>
      </div>
    </StepScreen>
  );
}

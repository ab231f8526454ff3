/** What lies over any screen: the idle warning, the accessibility panel, the connection banner. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, type DigitStyle } from './format.js';
import { KioskDialog } from './dialog.js';
import { useSpeechVoice } from './speech.js';

/**
 * "Are you still there?": the seconds left as a big number inside a ring that empties, and
 * "continue" as the one big button, so someone who reads little still sees time running out.
 * The number is a timer (not live), so a screen reader is not interrupted every second.
 */
export function IdleWarning(props: {
  secondsLeft: number;
  digits: DigitStyle;
  onContinue: () => void;
  /** The length of the countdown; the first `secondsLeft` seen when not given. */
  totalSeconds?: number;
}) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const [firstSeen] = useState(props.secondsLeft);
  const total = Math.max(1, props.totalSeconds ?? firstSeen);
  const left = Math.max(0, Math.min(props.secondsLeft, total));
  useEffect(() => button.current?.focus(), []);
  const unit = t('kiosk.idleUnit', { count: left });
  return (
    <KioskDialog
      role="alertdialog"
      titleId="idle-title"
      title={t('kiosk.idleTitle')}
      describedBy="idle-body"
      className="idle-dialog"
      overlayClassName="idle-overlay"
      testId="idle-warning"
    >
      <div
        className="idle-countdown"
        role="timer"
        aria-label={`${formatNumber(left, props.digits)} ${unit}`}
        data-testid="idle-seconds"
        data-seconds={left}
      >
        <svg className="idle-ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
          <circle className="idle-ring-track" cx="60" cy="60" r="52" />
          <circle
            className="idle-ring-left"
            cx="60"
            cy="60"
            r="52"
            pathLength={100}
            strokeDasharray={`${(left / total) * 100} 100`}
          />
        </svg>
        <span className="idle-number" aria-hidden="true">
          {formatNumber(left, props.digits)}
        </span>
        <span className="idle-unit" aria-hidden="true">
          {unit}
        </span>
      </div>
      <p id="idle-body">{t('kiosk.idleBody')}</p>
      <button
        ref={button}
        type="button"
        className="big-button primary idle-continue"
        onClick={props.onContinue}
      >
        {t('kiosk.idleContinue')}
      </button>
    </KioskDialog>
  );
}

export interface AccessibilityModes {
  highContrast: boolean;
  largerText: boolean;
  lowReach: boolean;
  speech: boolean;
}
export const NO_MODES: AccessibilityModes = {
  highContrast: false,
  largerText: false,
  lowReach: false,
  speech: false,
};

const MODE_KEYS: Record<keyof AccessibilityModes, string> = {
  highContrast: 'kiosk.highContrast',
  largerText: 'kiosk.largerText',
  lowReach: 'kiosk.lowReach',
  speech: 'kiosk.speech',
};

export function AccessibilityPanel(props: {
  modes: AccessibilityModes;
  onChange: (m: AccessibilityModes) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  // Spoken guidance is offered only when this browser has a voice for the language.
  const voice = useSpeechVoice(i18n.language === 'en' ? 'en' : 'ar');
  const offered = (Object.keys(MODE_KEYS) as (keyof AccessibilityModes)[]).filter(
    (k) => k !== 'speech' || voice || props.modes.speech,
  );
  return (
    <KioskDialog
      titleId="a11y-title"
      title={t('kiosk.a11yTitle')}
      testId="a11y-panel"
      onClose={props.onClose}
    >
      <div className="choices">
        {offered.map((k) => (
          <button
            type="button"
            key={k}
            className="big-button toggle"
            aria-pressed={props.modes[k]}
            onClick={() => props.onChange({ ...props.modes, [k]: !props.modes[k] })}
          >
            {t(MODE_KEYS[k])}
          </button>
        ))}
      </div>
    </KioskDialog>
  );
}

/** Both languages at once: whoever stands at the kiosk can read it. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  return (
    <p className="connection-banner" role="status" data-testid="connection-banner">
      {t('kiosk.offlineBoth')}
    </p>
  );
}

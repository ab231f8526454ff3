/** What lies over any screen: the idle warning, the accessibility panel, the connection banner. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, type DigitStyle } from './format.js';

export function IdleWarning(props: { secondsLeft: number; digits: DigitStyle; onContinue: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="overlay">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-body"
        data-testid="idle-warning"
      >
        <h2 id="idle-title">{t('kiosk.idleTitle')}</h2>
        <p id="idle-body">
          {t('kiosk.idleBody', { seconds: formatNumber(props.secondsLeft, props.digits) })}
        </p>
        <button ref={button} type="button" className="big-button primary" onClick={props.onContinue}>
          {t('kiosk.idleContinue')}
        </button>
      </div>
    </div>
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
  const { t } = useTranslation();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <div className="overlay">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="a11y-title"
        data-testid="a11y-panel"
      >
        <h2 id="a11y-title" ref={title} tabIndex={-1}>
          {t('kiosk.a11yTitle')}
        </h2>
        <div className="choices">
          {(Object.keys(MODE_KEYS) as (keyof AccessibilityModes)[]).map((k) => (
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
        <button type="button" className="big-button primary" onClick={props.onClose}>
          {t('common.close')}
        </button>
      </div>
    </div>
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

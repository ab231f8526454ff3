/** The kiosk's building blocks: the screen frame (title, content, navigation) and the on-screen keypad. */
import { useCallback, useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { HelpRequest } from '../../shared/contract/assisted.js';
import { useKiosk } from './context.js';
import { localisedName } from '../../shared/contract/catalogue-names.js';
import { SpeechGuide, useSpeechVoice } from './speech.js';
import { MoreLanguages } from './language-picker.js';

/**
 * One step of the flow. `spoken` is what spoken guidance reads (the title by default); the
 * navigation (back, start, listen) sits at the bottom, where everyone can reach it.
 */
export function StepScreen(props: {
  title: string;
  spoken?: string;
  children: ReactNode;
  back?: boolean;
  testId: string;
  /**
   * The screen is exactly the screen's height: its content scrolls between the header and the bottom
   * bar, so the bar (back, start, and the accessibility button in its corner) is always in view.
   */
  fitScreen?: boolean;
}) {
  const { t } = useTranslation();
  const { catalogue, language, dispatch, say } = useKiosk();
  const heading = useRef<HTMLHeadingElement>(null);
  const spoken = props.spoken ?? props.title;
  useEffect(() => {
    heading.current?.focus();
    say(spoken);
    // Read once per step (testId names the step), not on every render.
  }, [props.testId]);
  return (
    <div className={props.fitScreen ? 'step fit-screen' : 'step'} data-testid={props.testId}>
      <header className="centre-bar">
        <p className="centre-name">{localisedName(catalogue.centre.name, language)}</p>
        <LanguageToggle />
      </header>
      <main className="content">
        <h1 ref={heading} tabIndex={-1}>
          {props.title}
        </h1>
        {props.children}
      </main>
      <nav className="step-nav" aria-label={t('kiosk.startOver')}>
        {props.back !== false && (
          <button type="button" className="nav-button" onClick={() => dispatch({ type: 'back' })}>
            <span className="arrow" aria-hidden="true">
              →
            </span>
            {t('kiosk.back')}
          </button>
        )}
        <button type="button" className="nav-button" onClick={() => dispatch({ type: 'reset' })}>
          {t('kiosk.startOver')}
        </button>
        <ListenButton text={spoken} />
      </nav>
    </div>
  );
}

/**
 * For a bar that sticks to the foot of a fit-screen step's content (an action bar, with the keyboard
 * under it): what is brought into view there (a field tapped or focused, a scan) stops above the bar
 * rather than under it, as the content's scroll padding follows the bar's height. Returns the bar's ref.
 */
export function useScrollRoomAbove(): (bar: HTMLElement | null) => void {
  const stop = useRef<(() => void) | null>(null);
  return useCallback((bar: HTMLElement | null) => {
    stop.current?.();
    stop.current = null;
    const content = bar?.closest('main');
    if (!bar || !content) return;
    const sizes = new ResizeObserver(() => {
      content.style.scrollPaddingBlockEnd = `${bar.offsetHeight}px`;
    });
    sizes.observe(bar);
    stop.current = () => {
      sizes.disconnect();
      content.style.scrollPaddingBlockEnd = '';
    };
  }, []);
}

/**
 * Both languages, always visible in the corner: switching costs no step of the flow and keeps
 * the citizen where they are.
 */
export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  // The group's name is read in the page's language (a screen reader reads it with that voice);
  // the buttons themselves each show their own language.
  return (
    <div className="language-toggle" role="group" aria-label={t('kiosk.language')}>
      {(['ar', 'en'] as const).map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={i18n.language === lng}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {i18n.getFixedT(lng)(lng === 'ar' ? 'common.arabic' : 'common.english')}
        </button>
      ))}
      <MoreLanguages />
    </div>
  );
}

/**
 * Reads the screen (its heading and options) aloud, whether or not spoken guidance is on; hidden
 * when this browser has no voice for the language, since a button that stays silent misleads.
 */
export function ListenButton({ text }: { text: string }) {
  const { t } = useTranslation();
  const { lang, language } = useKiosk();
  const [guide] = useState(() => new SpeechGuide());
  const voice = useSpeechVoice(lang, guide);
  // Voices are Arabic and English for now: another language's text is not read in the wrong voice.
  if (!voice || language !== lang) return null;
  return (
    <button
      type="button"
      className="nav-button"
      data-testid="listen"
      onClick={() => guide.speakScreen(lang, text)}
    >
      {t('kiosk.listen')}
    </button>
  );
}

/**
 * A number or code typed on the kiosk's own keys: left to right in both directions, with the
 * system keyboard (a touch screen would raise it over the keys) and autofill off.
 */
export function NumberField(props: {
  label: string;
  value: string;
  /** What is in the field after a key or a scan, before the screen's own clean-up. */
  onChange: (typed: string) => void;
  testId?: string;
  invalid?: boolean;
  /** The message saying why the value is refused, read with the field while it is invalid. */
  errorId?: string;
  autoCapitalize?: 'characters';
  /**
   * Enter hands the code on: a keyboard-wedge scanner types into the focused field and presses
   * Enter (the screen focuses the field through `inputRef`, after its step has focused the title).
   */
  onEnter?: () => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <label className="number-field">
      <span>{props.label}</span>
      <input
        ref={props.inputRef}
        dir="ltr"
        inputMode="none"
        autoComplete="off"
        autoCapitalize={props.autoCapitalize}
        value={props.value}
        data-testid={props.testId}
        aria-invalid={props.invalid}
        aria-describedby={props.invalid ? props.errorId : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') props.onEnter?.();
        }}
      />
    </label>
  );
}

/** Says, politely and live, that an assistant was called, then who is coming once one accepts. */
export function HelpStatus(props: {
  help: HelpRequest | null;
  called: string;
  coming: (name: string) => string;
  testId: string;
}) {
  const { help } = props;
  return (
    <p role="status" aria-live="polite" data-testid={props.testId}>
      {help && (help.status === 'accepted' ? props.coming(help.acceptedByName ?? '') : props.called)}
    </p>
  );
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Digits typed by touch; the keypad keeps the telephone layout in both directions. */
export function Keypad(props: { onKey: (digit: string) => void; onDelete: () => void; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="keypad" dir="ltr" role="group" aria-label={t('kiosk.keypad')}>
      {KEYS.map((k) => (
        <button type="button" key={k} className="key" onClick={() => props.onKey(k)}>
          {k}
        </button>
      ))}
      <button type="button" className="key key-small" onClick={props.onClear}>
        {t('kiosk.clearAll')}
      </button>
      <button type="button" className="key" onClick={() => props.onKey('0')}>
        0
      </button>
      <button
        type="button"
        className="key key-small"
        onClick={props.onDelete}
        aria-label={t('kiosk.deleteDigit')}
      >
        ⌫
      </button>
    </div>
  );
}

/** A translated hub error: the common catalogue first, then the kiosk's own codes. */
export function useErrorText(): (code: string, detail?: string) => string {
  const { t, i18n } = useTranslation();
  return (code, detail) => {
    if (i18n.exists(`kiosk.err_${code}`)) return t(`kiosk.err_${code}`, { detail: detail ?? '' });
    if (i18n.exists(`errors.${code}`)) return t(`errors.${code}`);
    return t('errors.internal');
  };
}

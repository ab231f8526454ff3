/**
 * What the public phone pages (join, ticket status) share: mounting the page with its i18n
 * instance, the language button and the wording of an error code.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Globe } from 'lucide-react';
import {
  isVisitorLanguage,
  languageInfo,
  LANGUAGES,
  type VisitorLanguage,
} from '../../shared/i18n/languages.js';
import { chooseVisitorLanguage, loadVisitorLanguage, visitorLanguageLoaded } from './visitor-language.js';
import { phoneLanguage, phoneLanguages } from './phone-language.js';

/** Renders the page into #root, as every app starts. */
export { mountApp as mountPhonePage } from './mount-app.js';

/**
 * The phone pages' language button (#19): it opens the list of every shipped language, each written
 * in itself (its own lang, direction and font), the page's own marked as chosen. The choice is kept
 * in the page's address (`?lang=`), which the status and join pages read first: a reload, or the
 * status page a join leads to, stays in it. `onChosen` lets a page hold to it (and tell the hub).
 *
 * The button carries a globe, which needs no script to be read, and, given a `hintKey`, that text in
 * the phone's own language (renderer/common/phone-language.ts) whenever the page is in another one:
 * a phone set to Hindi on an Arabic page sees "अपनी भाषा चुनें" on the button, not only "اللغة".
 */
export function LanguageSwitch({
  onChosen,
  hintKey,
}: {
  onChosen?: (code: VisitorLanguage) => void;
  hintKey?: string;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const current = isVisitorLanguage(i18n.language) ? i18n.language : 'ar';
  const phone = useMemo(() => phoneLanguage(phoneLanguages()), []);
  const hintLanguage = hintKey !== undefined && phone !== null && phone !== current ? phone : null;
  // The phone's catalogue is fetched only when its hint is needed; the render after it shows the hint.
  const [, setHintLoaded] = useState<VisitorLanguage | null>(null);
  useEffect(() => {
    if (hintLanguage && !visitorLanguageLoaded(i18n, hintLanguage))
      void loadVisitorLanguage(i18n, hintLanguage).then(() => setHintLoaded(hintLanguage));
  }, [i18n, hintLanguage]);
  const hint =
    hintKey !== undefined && hintLanguage && visitorLanguageLoaded(i18n, hintLanguage)
      ? { lang: languageInfo(hintLanguage), text: i18n.getFixedT(hintLanguage)(hintKey) }
      : null;
  const choose = async (code: VisitorLanguage) => {
    setOpen(false);
    onChosen?.(code);
    await chooseVisitorLanguage(i18n, code);
    const url = new URL(location.href);
    url.searchParams.set('lang', code);
    history.replaceState(history.state, '', url);
  };
  return (
    <div className="language-switch">
      <button
        type="button"
        className="secondary"
        data-testid="language-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {/* Sized by the text and sat on its line, on every phone page whatever its stylesheet. */}
        <Globe
          className="language-globe"
          size="1.2em"
          style={{ verticalAlign: '-0.25em', marginInlineEnd: '0.35em' }}
          aria-hidden="true"
          focusable="false"
        />
        <span>
          {t('common.language')} · <span lang={current}>{languageInfo(current).nativeName}</span>
        </span>
        {hint && (
          <span
            className="language-hint"
            data-testid="language-hint"
            lang={hint.lang.code}
            dir={hint.lang.direction}
            style={{ fontFamily: hint.lang.fontFamily }}
          >
            {hint.text}
          </span>
        )}
      </button>
      {open && (
        <ul id={listId} className="language-list">
          {LANGUAGES.map((l) => (
            <li key={l.code}>
              <button
                type="button"
                className="secondary"
                lang={l.code}
                dir={l.direction}
                style={{ fontFamily: l.fontFamily }}
                aria-pressed={l.code === current}
                onClick={() => void choose(l.code)}
              >
                {l.nativeName}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * An error code as an alert, worded by the page's own `<section>.error_<code>` text where it has
 * one, else the shared `errors.<code>`, else the general internal error. Nothing when no error.
 */
export function ErrorAlert({ section, code }: { section: string; code: string | null }) {
  const { t, i18n } = useTranslation();
  if (!code) return null;
  const key = i18n.exists(`${section}.error_${code}`)
    ? `${section}.error_${code}`
    : i18n.exists(`errors.${code}`)
      ? `errors.${code}`
      : 'errors.internal';
  return (
    <p className="error" role="alert">
      {t(key)}
    </p>
  );
}

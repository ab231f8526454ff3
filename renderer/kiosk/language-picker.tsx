/**
 * "More languages" (issue #19): beside the two large Arabic and English buttons, one button whose
 * face is the other languages' own names, so a visitor who reads neither finds theirs; it opens a
 * list of every added language, each written in its own script, direction and font.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Globe } from 'lucide-react';
import { LANGUAGES, type LanguageInfo } from '../../shared/i18n/languages.js';
import { chooseVisitorLanguage } from '../common/visitor-language.js';
import { KioskDialog } from './dialog.js';
import { languageNameFontStack } from './language-name-faces.js';

/** The languages the list offers: every registered one but the two always on screen. */
const MORE: readonly LanguageInfo[] = LANGUAGES.filter((l) => l.code !== 'ar' && l.code !== 'en');

/**
 * A language's name as itself: its lang, direction and font, whatever the page's language is; not
 * for translation (a browser's translator, the strings sweep): "हिन्दी" is the name a Hindi reader looks for.
 */
function OwnName({ language, onButton }: { language: LanguageInfo; onButton?: boolean }) {
  return (
    <span
      translate="no"
      lang={language.code}
      dir={language.direction}
      // On the button (every screen's header, the welcome screen's too): the name's inline face first.
      style={{ fontFamily: onButton ? languageNameFontStack(language) : language.fontFamily }}
      className="own-name"
    >
      {language.nativeName}
    </span>
  );
}

export function MoreLanguages() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const current = MORE.find((l) => l.code === i18n.language);
  return (
    <>
      <button
        type="button"
        className="more-languages"
        aria-haspopup="dialog"
        aria-pressed={current !== undefined}
        aria-label={current ? `${t('kiosk.moreLanguages')}: ${current.nativeName}` : t('kiosk.moreLanguages')}
        data-testid="more-languages"
        onClick={() => setOpen(true)}
      >
        <Globe aria-hidden="true" className="more-languages-icon" />
        {current ? (
          <OwnName language={current} onButton />
        ) : (
          <span className="more-languages-names">
            {MORE.map((l) => (
              <OwnName key={l.code} language={l} onButton />
            ))}
          </span>
        )}
      </button>
      {open && (
        <LanguageList
          current={i18n.language}
          onChoose={(code) => {
            setOpen(false);
            void chooseVisitorLanguage(i18n, code);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

function LanguageList(props: {
  current: string;
  onChoose: (code: LanguageInfo['code']) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <KioskDialog
      titleId="language-list-title"
      title={t('kiosk.chooseLanguage')}
      className="language-list"
      testId="language-list"
      onClose={props.onClose}
    >
      <ul className="language-choices">
        {MORE.map((l) => (
          <li key={l.code}>
            <button
              type="button"
              className="big-button language-choice"
              aria-pressed={props.current === l.code}
              data-language={l.code}
              onClick={() => props.onChoose(l.code)}
            >
              <OwnName language={l} />
            </button>
          </li>
        ))}
      </ul>
    </KioskDialog>
  );
}

/**
 * An on-screen keyboard for touch-only kiosks: a complete Arabic layout (the 28 letters with hamza
 * forms, tā' marbūṭa and alif maqṣūra), English and digits; keys at least the kiosk's touch size and
 * growing with larger text; every key a plain tap (no long press or double tap). It types into
 * whatever field its owner gives it (the assisted form, the question box, the service search).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Delete } from 'lucide-react';

export type KeyboardLayout = 'ar' | 'en' | 'digits';

/** The Arabic rows follow the common Arabic (101) keyboard, with the hamza forms on a row of their own. */
export const LAYOUTS: Record<KeyboardLayout, readonly (readonly string[])[]> = {
  ar: [
    ['ض', 'ص', 'ث', 'ق', 'ف', 'غ', 'ع', 'ه', 'خ', 'ح', 'ج'],
    ['ش', 'س', 'ي', 'ب', 'ل', 'ا', 'ت', 'ن', 'م', 'ك', 'ط'],
    ['ذ', 'ر', 'ى', 'ة', 'و', 'ز', 'ظ', 'د'],
    ['أ', 'إ', 'آ', 'ء', 'ؤ', 'ئ'],
  ],
  en: [
    ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
    ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', '@'],
    ['z', 'x', 'c', 'v', 'b', 'n', 'm', '.', '-', '_'],
  ],
  digits: [
    ['1', '2', '3'],
    ['4', '5', '6'],
    ['7', '8', '9'],
    ['+', '0', '-'],
  ],
};

const LAYOUT_NAMES: Record<KeyboardLayout, string> = {
  ar: 'assisted.keyboardArabic',
  en: 'assisted.keyboardEnglish',
  digits: 'assisted.keyboardDigits',
};

export function OnScreenKeyboard(props: {
  onKey: (text: string) => void;
  onDelete: () => void;
  initial?: KeyboardLayout;
  testId?: string;
  /** The layouts offered, in order (all three by default; a search needs no digits). */
  layouts?: readonly KeyboardLayout[];
}) {
  const { t, i18n } = useTranslation();
  const offered = props.layouts ?? (['ar', 'en', 'digits'] as const);
  const preferred = props.initial ?? (i18n.language === 'ar' ? 'ar' : 'en');
  const [layout, setLayout] = useState<KeyboardLayout>(
    offered.includes(preferred) ? preferred : (offered[0] ?? 'ar'),
  );
  return (
    <div
      className="osk"
      role="group"
      aria-label={t('assisted.keyboard')}
      data-testid={props.testId ?? 'osk'}
      data-layout={layout}
    >
      {offered.length > 1 && (
        <div className="osk-layouts">
          {offered.map((l) => (
            <button
              key={l}
              type="button"
              className="key key-layout"
              aria-pressed={layout === l}
              lang={l === 'ar' ? 'ar' : l === 'en' ? 'en' : undefined}
              onClick={() => setLayout(l)}
            >
              {t(LAYOUT_NAMES[l])}
            </button>
          ))}
        </div>
      )}
      {LAYOUTS[layout].map((row, i) => (
        <div className="osk-row" key={`${layout}-${i}`} dir={layout === 'ar' ? 'rtl' : 'ltr'}>
          {row.map((k) => (
            <button
              key={k}
              type="button"
              className="key osk-key"
              lang={layout === 'digits' ? undefined : layout}
              onClick={() => props.onKey(k)}
            >
              {k}
            </button>
          ))}
        </div>
      ))}
      <div className="osk-row osk-edit">
        <button type="button" className="key key-wide" onClick={() => props.onKey(' ')}>
          {t('assisted.keySpace')}
        </button>
        <button
          type="button"
          className="key key-delete"
          onClick={props.onDelete}
          aria-label={t('assisted.keyDelete')}
        >
          <Delete aria-hidden="true" className="key-icon" />
        </button>
      </div>
    </div>
  );
}

/**
 * An on-screen keyboard for touch-only kiosks: Arabic and English letter layouts and digits, 64 px
 * keys, every key a plain tap (no long press or double tap). It types into the field it is given.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Layout = 'ar' | 'en' | 'digits';

const LAYOUTS: Record<Layout, string[][]> = {
  ar: [
    ['ض', 'ص', 'ث', 'ق', 'ف', 'غ', 'ع', 'ه', 'خ', 'ح', 'ج'],
    ['ش', 'س', 'ي', 'ب', 'ل', 'ا', 'ت', 'ن', 'م', 'ك', 'ط'],
    ['ئ', 'ء', 'ؤ', 'ر', 'ى', 'ة', 'و', 'ز', 'ظ', 'د', 'ذ'],
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

export function OnScreenKeyboard(props: {
  onKey: (text: string) => void;
  onDelete: () => void;
  initial?: Layout;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const [layout, setLayout] = useState<Layout>(props.initial ?? (i18n.language === 'en' ? 'en' : 'ar'));
  return (
    <div
      className="osk"
      role="group"
      aria-label={t('assisted.keyboard')}
      data-testid={props.testId ?? 'osk'}
      data-layout={layout}
    >
      <div className="osk-layouts">
        {(['ar', 'en', 'digits'] as const).map((l) => (
          <button
            key={l}
            type="button"
            className="key key-small"
            aria-pressed={layout === l}
            lang={l === 'ar' ? 'ar' : l === 'en' ? 'en' : undefined}
            onClick={() => setLayout(l)}
          >
            {t(
              l === 'ar'
                ? 'assisted.keyboardArabic'
                : l === 'en'
                  ? 'assisted.keyboardEnglish'
                  : 'assisted.keyboardDigits',
            )}
          </button>
        ))}
      </div>
      {LAYOUTS[layout].map((row, i) => (
        <div className="osk-row" key={i} dir={layout === 'ar' ? 'rtl' : 'ltr'}>
          {row.map((k) => (
            <button key={k} type="button" className="key" onClick={() => props.onKey(k)}>
              {k}
            </button>
          ))}
        </div>
      ))}
      <div className="osk-row">
        <button type="button" className="key key-wide" onClick={() => props.onKey(' ')}>
          {t('assisted.keySpace')}
        </button>
        <button
          type="button"
          className="key key-small"
          onClick={props.onDelete}
          aria-label={t('assisted.keyDelete')}
        >
          ⌫
        </button>
      </div>
    </div>
  );
}

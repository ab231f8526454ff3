/** The centre's two languages, each typed in its own direction. */
const LANGUAGES = [
  { lang: 'ar', dir: 'rtl' },
  { lang: 'en', dir: 'ltr' },
] as const;

/**
 * One text in Arabic and in English (an announcement, a closed day's reason): a required field
 * each, written in the language's direction, so the manager types each where it reads naturally.
 */
export function BilingualFields(props: {
  captions: { ar: string; en: string };
  value: { ar: string; en: string };
  onChange(lang: 'ar' | 'en', text: string): void;
}) {
  return LANGUAGES.map(({ lang, dir }) => (
    <label key={lang}>
      {props.captions[lang]}
      <input
        dir={dir}
        lang={lang}
        required
        value={props.value[lang]}
        onChange={(e) => props.onChange(lang, e.target.value)}
      />
    </label>
  ));
}

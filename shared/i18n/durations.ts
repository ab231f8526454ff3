/**
 * Counted phrases with Arabic number agreement ("٦ ثوانٍ", "١١ دقيقة", "٥–٩ دقائق"): i18next picks
 * the plural form from `count` (Intl.PluralRules), and `n`/`low`/`high` carry the number as shown,
 * so a centre's digit setting (Arabic-Indic or Latin) changes the digits and never the agreement.
 */
export type Translate = (key: string, options: Record<string, unknown>) => string;
/** How a number is written on this screen; plain Latin digits unless the app passes its own. */
export type ShowNumber = (n: number) => string;

const plain: ShowNumber = (n) => String(n);

export type CountedUnit = 'minutes' | 'seconds' | 'tickets';

/** The grammatical case of a count: `genitive` after a preposition ("أكثر من دقيقتين"). */
export type CountCase = 'nominative' | 'genitive';

/**
 * "دقيقة واحدة", "٦ ثوانٍ", "١١ دقيقة"; negative or fractional input is rounded to a whole, not below
 * 0. `grammaticalCase` 'genitive' for a count after a preposition: "من دقيقتين", not "من دقيقتان".
 */
export function counted(
  t: Translate,
  unit: CountedUnit,
  value: number,
  show: ShowNumber = plain,
  grammaticalCase: CountCase = 'nominative',
): string {
  const count = Math.max(0, Math.round(value));
  return t(`units.${unit}`, {
    count,
    n: show(count),
    ...(grammaticalCase === 'genitive' ? { context: 'genitive' } : {}),
  });
}

/**
 * "من ٥ إلى ٩ دقائق" / "5–9 minutes": the noun agrees with the upper bound, as Arabic does for
 * ranges; the one convention of every app and the paper (shared/i18n/apps/units.ts says why).
 * Equal bounds are one duration ("٥ دقائق"), not "من ٥ إلى ٥"; a range from 0 is "حتى ١٦ دقيقة" /
 * "up to 16 minutes", not "من ٠ إلى ١٦" (nobody waits "from zero").
 */
export function minutesRange(t: Translate, low: number, high: number, show: ShowNumber = plain): string {
  const lo = Math.max(0, Math.round(low));
  const hi = Math.max(lo, Math.round(high));
  if (lo === hi) return counted(t, 'minutes', hi, show);
  if (lo === 0) return t('units.minutesUpTo', { count: hi, high: show(hi) });
  return t('units.minutesRange', { count: hi, low: show(lo), high: show(hi) });
}

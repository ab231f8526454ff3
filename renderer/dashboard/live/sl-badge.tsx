import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../shared/i18n/numbers.js';
import type { Formatters } from '../../common/numbers.js';

/** A service level as a share and its traffic-light word. */
export function SlBadge({
  state,
  share,
  fmt,
}: {
  state: 'green' | 'amber' | 'red';
  share: number | null;
  fmt: Formatters;
}) {
  const { t } = useTranslation();
  // Intl writes the share in the centre's digits with its language's percent sign ("٨٥٪", "85%")
  // and the marks that keep the sign at the number's end inside Arabic text.
  const percent = new Intl.NumberFormat(intlLocale(fmt.style), {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  return (
    <span className={`sl sl-${state}`}>
      {share === null ? '—' : percent.format(share)} · {t(`dashboard.sl_${state}`)}
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import { useFormat } from '../common/numbers.js';
import { formatDateTime, formatRelative } from './format.js';

/**
 * A moment in a table cell: in the words `shown` gives it (how long ago, a date), with the full
 * date and time on hover; a muted `none` when there is no such moment (never seen, no expiry).
 */
export function Moment(props: { at: number | null; none: string; shown: (at: number) => string }) {
  const { style } = useFormat();
  if (props.at === null) return <span className="muted">{props.none}</span>;
  return (
    <time dateTime={new Date(props.at).toISOString()} title={formatDateTime(props.at, style)}>
      {props.shown(props.at)}
    </time>
  );
}

/**
 * When a device was last heard from, as how long ago. A time ahead of `now` (the hub's clock ahead
 * of the browser's) reads "now", not "in a minute".
 */
export function LastSeen({ at, now }: { at: number | null; now: number }) {
  const { t } = useTranslation();
  const { style } = useFormat();
  const ago = (seen: number) => formatRelative(Math.min(seen, now), now, style);
  return <Moment at={at} none={t('dashboard.deviceNeverSeen')} shown={ago} />;
}

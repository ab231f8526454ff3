import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative, type Lang } from './format.js';

/**
 * A moment in a table cell: in the words `shown` gives it (how long ago, a date), with the full
 * date and time on hover; a muted `none` when there is no such moment (never seen, no expiry).
 */
export function Moment(props: {
  at: number | null;
  none: string;
  lang: Lang;
  shown: (at: number) => string;
}) {
  if (props.at === null) return <span className="muted">{props.none}</span>;
  return (
    <time dateTime={new Date(props.at).toISOString()} title={formatDateTime(props.at, props.lang)}>
      {props.shown(props.at)}
    </time>
  );
}

/**
 * When a device was last heard from, as how long ago. A time ahead of `now` (the hub's clock ahead
 * of the browser's) reads "now", not "in a minute".
 */
export function LastSeen({ at, now, lang }: { at: number | null; now: number; lang: Lang }) {
  const { t } = useTranslation();
  const ago = (seen: number) => formatRelative(Math.min(seen, now), now, lang);
  return <Moment at={at} none={t('dashboard.deviceNeverSeen')} lang={lang} shown={ago} />;
}

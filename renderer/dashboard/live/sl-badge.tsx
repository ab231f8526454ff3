import { useTranslation } from 'react-i18next';

/** A service level as a share and its traffic-light word. */
export function SlBadge({ state, share }: { state: 'green' | 'amber' | 'red'; share: number | null }) {
  const { t } = useTranslation();
  return (
    <span className={`sl sl-${state}`}>
      {share === null ? '—' : `${Math.round(share * 100)}%`} · {t(`dashboard.sl_${state}`)}
    </span>
  );
}

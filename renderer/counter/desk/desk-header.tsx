/** The desk's top bar: counter, staff member, work profile and counter status; language and sign-out. */
import { useTranslation } from 'react-i18next';
import type { CounterView } from '../../../shared/contract/views.js';
import type { WorkProfile } from '../../../shared/contract/catalogue.js';
import { LanguageAndSignOut } from '../../common/staff-bar.js';

/** `called` until service starts: the header said "Serving" while the citizen was still walking up. */
export type DeskStatus = 'closed' | 'break' | 'called' | 'serving' | 'available';

export function DeskHeader(props: {
  counterView: CounterView | undefined;
  staffName: string;
  profile: WorkProfile | undefined;
  status: DeskStatus;
  onSignOut: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ar';
  const { counterView, profile, status } = props;
  return (
    <header className="bar">
      <h1>
        {t('counter.title')}
        {counterView && <span className="counter-label"> · {counterView.name[lang]}</span>}
      </h1>
      <p className="who">
        {t('counter.staff')}:{' '}
        <strong>
          <bdi>{props.staffName}</bdi>
        </strong>
        {profile && (
          <>
            {' · '}
            {t('counter.workProfile')}: <strong data-testid="work-profile">{profile.name[lang]}</strong>
          </>
        )}
        {' · '}
        {t('counter.statusLabel')}:{' '}
        <strong data-testid="counter-status" className={`status status-${status}`}>
          {t(`counter.status_${status}`)}
          {status === 'break' && counterView?.breakReason ? ` (${counterView.breakReason})` : ''}
        </strong>
      </p>
      <LanguageAndSignOut signOut={t('counter.signOut')} onSignOut={props.onSignOut} />
    </header>
  );
}

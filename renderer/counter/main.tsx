/** The counter app: staff sign in, open their counter, and call, serve, transfer and complete visits. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import { createStaffI18n, mountApp } from '../common/mount-app.js';
import { SignIn } from './sign-in.js';
import { fetchCatalogue } from './staff-api.js';
import { useStaffSession } from './use-staff-session.js';
import { Desk } from './desk.js';

const SESSION_KEY = 'dawr.counter.session';

function CounterApp() {
  const { t } = useTranslation();
  const { session, ended, signedIn, sessionEnded, signOut } = useStaffSession(SESSION_KEY);
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void fetchCatalogue().then((r) => (r.ok ? setCatalogue(r.data) : setError(r.error.code)));
  }, []);

  if (error)
    return (
      <main>
        <p role="alert">{t(`errors.${error}`)}</p>
      </main>
    );
  if (!session)
    return (
      <main className="centred">
        <SignIn app="counter" onSignedIn={signedIn} notice={ended ? t(`sessionEnded.${ended}`) : undefined} />
      </main>
    );
  if (!catalogue) return null;
  return <Desk session={session} catalogue={catalogue} onSignOut={signOut} onSessionEnded={sessionEnded} />;
}

mountApp(createStaffI18n(), <CounterApp />);

/** The counter app: staff sign in, open their counter, and call, serve, transfer and complete visits. */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { SessionEndReason } from '../../shared/contract/auth.js';
import { createI18n } from '../common/i18n.js';
import { SignIn, loadSession, saveSession, type StaffSession } from './sign-in.js';
import { fetchCatalogue, signOutSession } from './staff-api.js';
import { Desk } from './desk.js';

const SESSION_KEY = 'dawr.counter.session';
const i18n = createI18n(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ar');

function CounterApp() {
  const { t } = useTranslation();
  const [session, setSession] = useState<StaffSession | null>(() => loadSession(SESSION_KEY));
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ended, setEnded] = useState<SessionEndReason | null>(null);

  useEffect(() => {
    void fetchCatalogue().then((r) => (r.ok ? setCatalogue(r.data) : setError(r.error.code)));
  }, []);

  const signedIn = (s: StaffSession) => {
    saveSession(SESSION_KEY, s);
    setSession(s);
    setEnded(null);
  };
  // The hub ended the session (signed out elsewhere, expired, account changed): back to sign-in, saying why.
  const sessionEnded = (reason: SessionEndReason) => {
    saveSession(SESSION_KEY, null);
    setSession(null);
    setEnded(reason);
  };
  const signOut = () => {
    if (session) void signOutSession(session.token);
    saveSession(SESSION_KEY, null);
    setSession(null);
  };

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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <CounterApp />
    </I18nextProvider>
  </StrictMode>,
);

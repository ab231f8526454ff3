/** The manager dashboard: sign in, then the live view, reports, configuration and the FAQ editor. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HubClient, signIn } from '../common/hub-client.js';
import type { SessionEndReason } from '../../shared/contract/auth.js';
import { createStaffI18n, mountApp } from '../common/mount-app.js';
import { catalogueDigits, CentreDigits } from '../common/numbers.js';
import { ConfigView } from './config-view.js';
import { FaqView } from './faq-view.js';
import type { Lang } from './format.js';
import { LiveView } from './live-view.js';
import { managerCall } from './manager-client.js';
import { ReportsView } from './reports-view.js';
import { useLive } from './use-live.js';

const i18n = createStaffI18n();
const TOKEN_KEY = 'dawr.dashboard.token';
type Tab = 'live' | 'reports' | 'config' | 'faq';

function SignIn({ onToken, notice }: { onToken(token: string): void; notice?: string }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <main className="sign-in">
      <h1>{t('dashboard.signInTitle')}</h1>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // Checked here (noValidate) so the message is in the app's language, not the browser's.
          if (!username.trim() || !pin) return setError(t('form.required'));
          void signIn(username.trim(), pin).then((r) => {
            // At sign-in, "unauthenticated" means a wrong username or PIN, not "please sign in first".
            if (!r.ok && r.error.code === 'unauthenticated') return setError(t('form.wrongCredentials'));
            if (!r.ok)
              return setError(t(`errors.${r.error.code}`, { defaultValue: t('dashboard.signInFailed') }));
            if (!r.data.staff.roles.some((x) => x === 'manager' || x === 'admin'))
              return setError(t('errors.forbidden'));
            sessionStorage.setItem(TOKEN_KEY, r.data.token);
            onToken(r.data.token);
          });
        }}
      >
        <label>
          {t('dashboard.username')}
          <input
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          {t('dashboard.pin')}
          <input
            type="password"
            inputMode="numeric"
            autoComplete="current-password"
            required
            value={pin}
            onChange={(e) => setPin(e.target.value)}
          />
        </label>
        <button type="submit">{t('dashboard.signIn')}</button>
        {error && <p role="alert">{error}</p>}
      </form>
    </main>
  );
}

function Dashboard({
  token,
  onSignOut,
  onSessionEnded,
}: {
  token: string;
  onSignOut(): void;
  onSessionEnded(reason: SessionEndReason): void;
}) {
  const { t } = useTranslation();
  const hub = useMemo(() => new HubClient({ role: 'manager', auth: { token } }), [token]);
  useEffect(() => () => hub.close(), [hub]);
  useEffect(() => hub.onSessionEnded((e) => onSessionEnded(e.reason)), [hub, onSessionEnded]);
  const live = useLive(hub);
  const [tab, setTab] = useState<Tab>('live');
  const [staffNames, setStaffNames] = useState(new Map<string, string>());
  const lang: Lang = i18n.language === 'en' ? 'en' : 'ar';
  const loadStaff = () =>
    void managerCall(hub, 'manager.staff').then((r) => {
      if (r.ok) setStaffNames(new Map(r.data.map((s) => [s.id, s.displayName])));
    });
  useEffect(() => {
    if (live.connection === 'connected') loadStaff();
  }, [live.connection]);

  // Every view writes numbers in the live catalogue's digits (issue #15): a change of the setting
  // shows on the reports, configuration and devices as on the live view, without a reload.
  return (
    <CentreDigits.Provider value={live.catalogue ? catalogueDigits(live.catalogue) : undefined}>
      <header className="no-print">
        <h1>{t('dashboard.title')}</h1>
        <nav aria-label={t('dashboard.title')}>
          {(['live', 'reports', 'config'] as const).map((x) => (
            <button key={x} aria-current={tab === x ? 'page' : undefined} onClick={() => setTab(x)}>
              {t(`dashboard.tab${x === 'live' ? 'Live' : x === 'reports' ? 'Reports' : 'Config'}`)}
            </button>
          ))}
          <button aria-current={tab === 'faq' ? 'page' : undefined} onClick={() => setTab('faq')}>
            {t('faqEditor.tab')}
          </button>
        </nav>
        <button
          lang={lang === 'ar' ? 'en' : 'ar'}
          onClick={() => void i18n.changeLanguage(lang === 'ar' ? 'en' : 'ar')}
        >
          {lang === 'ar' ? 'English' : 'العربية'}
        </button>
        <button onClick={onSignOut}>{t('dashboard.signOut')}</button>
      </header>
      {live.connection === 'disconnected' && (
        <p className="banner" role="status">
          {t('common.connectionLost')}
        </p>
      )}
      <main>
        {tab === 'live' && <LiveView hub={hub} live={live} lang={lang} staffNames={staffNames} />}
        {tab === 'reports' && (
          <ReportsView hub={hub} catalogue={live.catalogue} lang={lang} staffNames={staffNames} />
        )}
        {tab === 'config' && <ConfigView hub={hub} live={live} onStaff={loadStaff} />}
        {tab === 'faq' && <FaqView token={token} catalogue={live.catalogue} lang={lang} />}
      </main>
    </CentreDigits.Provider>
  );
}

function App() {
  const { t } = useTranslation();
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  const [ended, setEnded] = useState<SessionEndReason | null>(null);
  // The hub ended the session (signed out elsewhere, expired, account changed): back to sign-in, saying why.
  const sessionEnded = useCallback((reason: SessionEndReason) => {
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
    setEnded(reason);
  }, []);
  if (!token)
    return (
      <SignIn
        onToken={(next) => {
          setEnded(null);
          setToken(next);
        }}
        notice={ended ? t(`sessionEnded.${ended}`) : undefined}
      />
    );
  return (
    <Dashboard
      token={token}
      onSessionEnded={sessionEnded}
      onSignOut={() => {
        void fetch('/api/v1/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${token}` } });
        sessionStorage.removeItem(TOKEN_KEY);
        setToken(null);
      }}
    />
  );
}

mountApp(i18n, <App />);

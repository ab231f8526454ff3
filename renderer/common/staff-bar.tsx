/**
 * What the staff apps' screens share around their work: the top bar's language and sign-out
 * buttons, the reconnecting banner, and the line that says how the last action went.
 */
import { useTranslation } from 'react-i18next';
import type { ConnectionState } from './hub-client.js';

/** The other staff language's button (written in that language) and the sign-out button. */
export function LanguageAndSignOut(props: { signOut: string; onSignOut: () => void }) {
  const { i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'ar' : 'en';
  return (
    <div className="row">
      <button type="button" onClick={() => void i18n.changeLanguage(other)}>
        <span lang={other}>{other === 'en' ? 'English' : 'العربية'}</span>
      </button>
      <button type="button" onClick={props.onSignOut}>
        {props.signOut}
      </button>
    </div>
  );
}

/** Shown while the hub cannot be reached (the client keeps trying). */
export function ConnectionLostBanner({ connection }: { connection: ConnectionState }) {
  const { t } = useTranslation();
  if (connection !== 'disconnected') return null;
  return (
    <p className="banner" role="status">
      {t('common.connectionLost')}
    </p>
  );
}

/** How the last action went: a refusal is an alert, anything else a status, in a live region. */
export function ResultMessage(props: {
  message: { kind: string; text: string } | null;
  testId: string;
  className?: string;
}) {
  const { message } = props;
  return (
    <div aria-live="polite" className={props.className}>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind}
          data-testid={props.testId}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}

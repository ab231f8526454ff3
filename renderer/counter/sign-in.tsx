/** Staff sign-in form, shared by the counter and floor apps; the token lives in sessionStorage only. */
import { useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn } from '../common/hub-client.js';

export interface StaffSession {
  token: string;
  staff: { id: string; displayName: string; roles: string[] };
}

export function loadSession(storageKey: string): StaffSession | null {
  try {
    const raw = sessionStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as StaffSession) : null;
  } catch {
    return null;
  }
}

export function saveSession(storageKey: string, s: StaffSession | null): void {
  if (s) sessionStorage.setItem(storageKey, JSON.stringify(s));
  else sessionStorage.removeItem(storageKey);
}

export function SignIn(props: {
  app: 'counter' | 'floor';
  onSignedIn: (s: StaffSession) => void;
  /** Why the previous session ended (signed out elsewhere, expired, account changed), if it did. */
  notice?: string;
}) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ username: boolean; pin: boolean } | null>(null);
  const [pending, setPending] = useState(false);

  // The form checks itself (noValidate) so the message is in the app's language, not the browser's.
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const empty = { username: username.trim() === '', pin: pin === '' };
    if (empty.username || empty.pin) {
      setMissing(empty);
      setError(null);
      return;
    }
    setMissing(null);
    setPending(true);
    const r = await signIn(username.trim(), pin);
    setPending(false);
    if (!r.ok) return setError(r.error.code);
    setError(null);
    props.onSignedIn(r.data);
  };
  // At sign-in, "unauthenticated" means the username or PIN is wrong, not "please sign in first".
  const errorText = (code: string) =>
    code === 'unauthenticated' ? t('form.wrongCredentials') : t(`errors.${code}`);

  return (
    <form className="sign-in" noValidate onSubmit={(e) => void submit(e)}>
      <h1>{t(`${props.app}.signInTitle`)}</h1>
      {props.notice && (
        <p role="status" className="notice">
          {props.notice}
        </p>
      )}
      <RequiredField
        name="username"
        caption={t(`${props.app}.username`)}
        missing={missing?.username ?? false}
        value={username}
        onChange={setUsername}
        autoComplete="username"
        autoFocus
      />
      <RequiredField
        name="pin"
        caption={t(`${props.app}.pin`)}
        missing={missing?.pin ?? false}
        value={pin}
        onChange={setPin}
        type="password"
        inputMode="numeric"
        autoComplete="current-password"
      />
      {error && (
        <p role="alert" className="error">
          {errorText(error)}
        </p>
      )}
      <button type="submit" className="primary" disabled={pending}>
        {t(`${props.app}.signIn`)}
      </button>
    </form>
  );
}

/** A field the form needs filled: when it was left empty, it says so right below and points to that. */
function RequiredField(
  props: {
    name: string;
    caption: string;
    missing: boolean;
    value: string;
    onChange: (value: string) => void;
  } & Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode' | 'autoComplete' | 'autoFocus'>,
) {
  const { t } = useTranslation();
  const { name, caption, missing, onChange, ...input } = props;
  const missingId = `${name}-missing`;
  return (
    <>
      <label>
        {caption}
        <input
          name={name}
          {...input}
          onChange={(e) => onChange(e.target.value)}
          required
          aria-invalid={missing || undefined}
          aria-describedby={missing ? missingId : undefined}
        />
      </label>
      {missing && (
        <p id={missingId} role="alert" className="error">
          {t('form.required')}
        </p>
      )}
    </>
  );
}

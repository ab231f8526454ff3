/**
 * A staff app's session (counter, floor): kept in sessionStorage under the app's key, ended by signing
 * out or by the hub (signed out elsewhere, expired, account changed), which the sign-in form then says.
 */
import { useState } from 'react';
import type { SessionEndReason } from '../../shared/contract/auth.js';
import { loadSession, saveSession, type StaffSession } from './sign-in.js';
import { signOutSession } from './staff-api.js';

export interface StaffSessionState {
  session: StaffSession | null;
  /** Why the hub ended the last session, until the next sign-in. */
  ended: SessionEndReason | null;
  signedIn(session: StaffSession): void;
  sessionEnded(reason: SessionEndReason): void;
  signOut(): void;
}

export function useStaffSession(storageKey: string): StaffSessionState {
  const [session, setSession] = useState<StaffSession | null>(() => loadSession(storageKey));
  const [ended, setEnded] = useState<SessionEndReason | null>(null);
  const keep = (next: StaffSession | null, reason: SessionEndReason | null) => {
    saveSession(storageKey, next);
    setSession(next);
    setEnded(reason);
  };
  return {
    session,
    ended,
    signedIn: (next) => keep(next, null),
    sessionEnded: (reason) => keep(null, reason),
    signOut: () => {
      if (session) void signOutSession(session.token);
      keep(null, null);
    },
  };
}

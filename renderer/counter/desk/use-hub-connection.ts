/**
 * The desk's socket to the hub: the connection state for the banner, the centre snapshot, and
 * the end of the session (signed out elsewhere, expired) handed to the app.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { CentreSnapshot } from '../../../shared/contract/views.js';
import type { SessionEndReason } from '../../../shared/contract/auth.js';
import { HubClient, type ConnectionState } from '../../common/hub-client.js';

export function useHubConnection(token: string, onSessionEnded: (reason: SessionEndReason) => void) {
  const [hub, setHub] = useState<HubClient | null>(null);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [snapshot, setSnapshot] = useState<CentreSnapshot | null>(null);
  // The latest callback, so a new one from the app does not reconnect the socket.
  const sessionEndedRef = useRef(onSessionEnded);
  sessionEndedRef.current = onSessionEnded;

  useEffect(() => {
    const client = new HubClient({ role: 'counter', app: 'counter', auth: { token } });
    client.onConnection(setConnection);
    client.onSessionEnded((e) => sessionEndedRef.current(e.reason));
    client.socket.on('snapshot', (raw: unknown) => {
      const s = CentreSnapshot.safeParse(raw);
      if (s.success) setSnapshot(s.data);
    });
    setHub(client);
    return () => {
      client.close();
      setHub(null);
    };
  }, [token]);

  /** Asks for the snapshot now instead of waiting for the next push (after opening the counter). */
  const reloadSnapshot = useCallback(async () => {
    const r = await hub?.call('snapshot');
    const s = r?.ok ? CentreSnapshot.safeParse(r.data) : null;
    if (s?.success) setSnapshot(s.data);
  }, [hub]);

  return { hub, connection, snapshot, reloadSnapshot };
}

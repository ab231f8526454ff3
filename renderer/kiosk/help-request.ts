/**
 * The assisted help-request events (kiosk: raise, share the form, close; floor: list, accept, edit),
 * typed on the event table, with validated acknowledgements.
 */
import { useEffect, useState } from 'react';
import { HelpRequest } from '../../shared/contract/assisted.js';
import type { AckResult } from '../../shared/contract/socket.js';
import type { ClientEventResult } from '../../shared/contract/socket-events.js';
import type { ClientEventArgs, HubClient } from '../common/hub-client.js';

export type AssistedEvent = 'raiseHelp' | 'closeHelp' | 'formUpdate' | 'openHelpRequests' | 'acceptHelp';

export function emitAssisted<E extends AssistedEvent>(
  hub: HubClient,
  event: E,
  ...input: ClientEventArgs<E>
): Promise<AckResult<ClientEventResult<E>>> {
  return hub.call(event, ...input);
}

/**
 * The help request this screen raised (null until it raises one), kept current: it turns
 * 'accepted', with the assistant's name, when an assistant takes it on the floor app.
 */
export function useRaisedHelp(hub: HubClient): [HelpRequest | null, (raised: HelpRequest) => void] {
  const [help, setHelp] = useState<HelpRequest | null>(null);
  useEffect(() => {
    const onAccepted = (raw: unknown) => {
      const r = HelpRequest.safeParse(raw);
      if (r.success && r.data.id === help?.id) setHelp(r.data);
    };
    hub.socket.on('helpAccepted', onAccepted);
    return () => {
      hub.socket.off('helpAccepted', onAccepted);
    };
  }, [hub, help?.id]);
  return [help, setHelp];
}

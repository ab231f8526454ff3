/**
 * The assisted help-request events (kiosk: raise, share the form, close; floor: list, accept, edit),
 * typed on the event table, with validated acknowledgements.
 */
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

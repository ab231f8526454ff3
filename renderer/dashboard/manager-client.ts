/** Manager events over the hub's '/manager' socket, typed on the event table, with validated acknowledgements. */
import type { ManagerEvent } from '../../shared/contract/manager.js';
import type { AckResult } from '../../shared/contract/socket.js';
import type { ClientEventResult } from '../../shared/contract/socket-events.js';
import type { ClientEventArgs, HubClient } from '../common/hub-client.js';

/** Reports, staff lists and backups may take a while on a big centre: longer than an operation. */
const MANAGER_ACK_TIMEOUT_MS = 15_000;

/** Sends a manager event (`manager.report`, `manager.upsertStaff`…) with its input, if it takes one. */
export function managerCall<E extends ManagerEvent>(
  hub: HubClient,
  event: E,
  ...input: ClientEventArgs<E>
): Promise<AckResult<ClientEventResult<E>>> {
  return hub.callWithin(MANAGER_ACK_TIMEOUT_MS, event, ...input);
}

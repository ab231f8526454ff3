/** Manager events over the hub's '/manager' socket, with validated acknowledgements. */
import type { ManagerEvent } from '../../shared/contract/manager.js';
import { AckResultSchema, type AckResult } from '../../shared/contract/socket.js';
import type { HubClient } from '../common/hub-client.js';

export async function managerCall<T>(
  hub: HubClient,
  event: ManagerEvent,
  input: unknown = {},
): Promise<AckResult<T>> {
  if (!hub.socket.connected)
    return { ok: false, error: { code: 'offline', message: 'not connected to the hub' } };
  try {
    const raw: unknown = await hub.untypedSocket.timeout(15_000).emitWithAck(event, input);
    const parsed = AckResultSchema.safeParse(raw);
    if (!parsed.success)
      return { ok: false, error: { code: 'internal', message: 'unexpected answer from the hub' } };
    return parsed.data as AckResult<T>;
  } catch {
    return { ok: false, error: { code: 'timeout', message: 'the hub did not answer in time' } };
  }
}

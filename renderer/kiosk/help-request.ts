/** The kiosk's side of a help request: raise it, publish form edits, hear the assistant's. */
import { AckResultSchema } from '../../shared/contract/socket.js';
import type { AckResult } from '../../shared/contract/socket.js';
import type { HubClient } from '../common/hub-client.js';

export async function emitAssisted<T>(hub: HubClient, event: string, input: unknown): Promise<AckResult<T>> {
  if (!hub.socket.connected)
    return { ok: false, error: { code: 'offline', message: 'not connected to the hub' } };
  try {
    const raw: unknown = await hub.untypedSocket.timeout(8000).emitWithAck(event, input);
    const parsed = AckResultSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: { code: 'internal', message: 'unexpected answer' } };
    return parsed.data as AckResult<T>;
  } catch {
    return { ok: false, error: { code: 'timeout', message: 'the hub did not answer in time' } };
  }
}

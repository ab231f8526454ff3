import { AckResultSchema } from '../../../shared/contract/socket.js';
import type { HubClient } from '../../common/hub-client.js';
import type { Device } from './types.js';

/** The devices registered with the hub (displays and kiosks are listed from these); none when offline. */
export async function listDevices(hub: HubClient): Promise<Device[]> {
  if (!hub.socket.connected) return [];
  try {
    const raw: unknown = await hub.socket.timeout(15_000).emitWithAck('manager.devices');
    const r = AckResultSchema.safeParse(raw);
    return r.success && r.data.ok ? (r.data.data as Device[]) : [];
  } catch {
    return [];
  }
}

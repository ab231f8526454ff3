import type { HubClient } from '../../common/hub-client.js';
import type { Device } from './types.js';

/** The devices registered with the hub (displays and kiosks are listed from these); none when offline. */
export async function listDevices(hub: HubClient): Promise<Device[]> {
  const r = await hub.callWithin(15_000, 'manager.devices');
  return r.ok ? r.data : [];
}

/**
 * The roles a paired device can have. Apart from catalogue.ts (which re-exports it) so that the
 * hub client's contract (auth.ts) does not load the whole catalogue's schemas with it: the kiosk
 * builds none of them before its first paint (issue #15).
 */
import * as z from 'zod';

export const DeviceRole = z.enum(['kiosk', 'display']);
export type DeviceRole = z.infer<typeof DeviceRole>;

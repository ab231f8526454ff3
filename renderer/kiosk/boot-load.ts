/** The catalogue and this kiosk's settings, asked of the hub together (Boot validates the answers). */
import type { ApiResult, KioskApi } from './kiosk-api.js';

export type BootAnswers = [ApiResult<unknown>, ApiResult<unknown>];

export const loadBoot = (api: KioskApi): Promise<BootAnswers> =>
  Promise.all([api.get<unknown>('/catalogue'), api.get<unknown>('/kiosk/settings')]);

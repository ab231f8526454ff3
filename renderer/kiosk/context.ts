/** What every kiosk screen needs: the hub, the catalogue, live waits, settings, language and digits. */
import { createContext, useContext } from 'react';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { KioskSettings } from '../../shared/contract/kiosk.js';
import type { DeviceSnapshot } from '../../shared/contract/views.js';
import type { OpeningState } from '../../shared/contract/opening.js';
import type { HubClient } from '../common/hub-client.js';
import type { VisitorLanguage } from '../../shared/i18n/languages.js';
import type { KioskApi } from './kiosk-api.js';
import type { TicketOutput } from './ticket-output.js';
import type { DigitStyle } from './format.js';
import type { FlowAction, FlowState } from './flow.js';

export interface KioskContextValue {
  hub: HubClient;
  api: KioskApi;
  output: TicketOutput;
  catalogue: Catalogue;
  settings: KioskSettings;
  /** This kiosk's settings from the dashboard (hub `deviceSettings`). */
  device: KioskDeviceState;
  snapshot: DeviceSnapshot | null;
  /** Open, closing soon or closed now, per queue too (null until the first snapshot). */
  opening: OpeningState | null;
  /** Arabic or English: the language of the catalogue's names (the visitor's falls back to English). */
  lang: 'ar' | 'en';
  /** The visitor's chosen language (shared/i18n/languages.ts): the ticket carries it. */
  language: VisitorLanguage;
  digits: DigitStyle;
  state: FlowState;
  dispatch: (a: FlowAction) => void;
  /** Speaks text now if spoken guidance is on. */
  say: (text: string) => void;
}

export interface KioskDeviceState {
  /** Agencies this kiosk offers; empty = all. */
  agencyIds: string[];
  /** Whether the happiness meter is offered. */
  feedbackEnabled: boolean;
}
export const ALL_OFFERED: KioskDeviceState = { agencyIds: [], feedbackEnabled: true };

export const KioskContext = createContext<KioskContextValue | null>(null);

export function useKiosk(): KioskContextValue {
  const v = useContext(KioskContext);
  if (!v) throw new Error('useKiosk outside the kiosk');
  return v;
}

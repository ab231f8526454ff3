/** Tagalog: every catalogue shipped, as one bundle (one chunk in the renderer, loaded when chosen). */
import type { LocaleBundle } from '../types.js';
import { common } from './common.js';
import { kiosk } from './kiosk.js';
import { units } from './units.js';
import { ask } from './ask.js';
import { statusPage } from './status-page.js';
import { join } from './join.js';
import { requestPage } from './request-page.js';
import { form } from './form.js';
import { assisted } from './assisted.js';
import { boardCall } from './board-call.js';
import { ticket } from './ticket.js';

export const bundle: LocaleBundle = {
  common,
  namespaces: { kiosk, units, ask, statusPage, join, ticket, boardCall, requestPage, form, assisted },
};

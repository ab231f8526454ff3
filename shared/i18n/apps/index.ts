/** Every app's strings; add an app's file here (one line each). */
import type { AppStrings } from '../catalog.js';
import { ask } from './ask.js';
import { assisted } from './assisted.js';
import { boardCall } from './board-call.js';
import { configEditor } from './config-editor.js';
import { counter } from './counter.js';
import { dashboard } from './dashboard.js';
import { display } from './display.js';
import { faqEditor } from './faq-editor.js';
import { floor } from './floor.js';
import { form } from './form.js';
import { join } from './join.js';
import { kiosk } from './kiosk.js';
import { missingStrings } from './missing-strings.js';
import { requestPage } from './request.js';
import { shell } from './shell.js';
import { statusPage } from './status.js';
import { terms } from './terms.js';
import { ticket } from './ticket.js';
import { units } from './units.js';

export const APP_STRINGS: Record<string, AppStrings> = {
  ask,
  assisted,
  boardCall,
  configEditor,
  counter,
  dashboard,
  display,
  faqEditor,
  floor,
  form,
  join,
  kiosk,
  missingStrings,
  requestPage,
  shell,
  statusPage,
  terms,
  ticket,
  units,
};

/**
 * Shared setup for the browser tests of the citizen's phone pages (join, ticket status, push): a
 * demo hub whose remote-join module sends its SMS into a capture the tests can read codes from,
 * a phone-sized touch browser, and an accessibility check that keeps a screenshot of each screen.
 */
import { test, type Page } from '@playwright/test';
import { HUB_MODULES } from '../../main/hub/modules.js';
import { remoteModule } from '../../main/hub/features/remote/module.js';
import { DEFAULT_REMOTE_SETTINGS } from '../../main/hub/features/remote/settings.js';
import { CapturingSms } from '../remote/support.js';
import type { TestHub } from '../support/hub.js';
import { expectNoAxeViolations } from './counter-support.js';
import { startE2eHub } from './support/hub.js';

export interface PhoneTestHub {
  /** The running hub; started in the file's beforeAll, so read it inside a test. */
  readonly hub: TestHub;
  /** Every SMS the hub sent (join codes, "your turn is near"). */
  readonly sms: CapturingSms;
}

/** Call once at the top of a test file: starts the hub for the file's tests and sets a phone viewport. */
export function usePhoneTestHub(): PhoneTestHub {
  const sms = new CapturingSms();
  let hub: TestHub | undefined;
  test.beforeAll(async () => {
    const remote = remoteModule({ sms, settings: DEFAULT_REMOTE_SETTINGS });
    hub = await startE2eHub({ modules: HUB_MODULES.map((m) => (m.name === 'remote' ? remote : m)) });
  });
  test.afterAll(async () => hub?.cleanup());
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  return {
    sms,
    get hub(): TestHub {
      if (!hub) throw new Error('the phone test hub is started in beforeAll: use it inside a test');
      return hub;
    },
  };
}

/** No WCAG 2.1 A/AA violations (axe-core); keeps test-results/screenshots/<screenshot>.png of the page. */
export async function expectAccessiblePhoneScreen(page: Page, screenshot: string): Promise<void> {
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `test-results/screenshots/${screenshot}.png`, fullPage: true });
}

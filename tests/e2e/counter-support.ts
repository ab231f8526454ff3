/** Shared steps for the counter and display browser tests. */
import { expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { api, KIOSK_KEY } from '../support/hub.js';

let tap = 0;
export async function issue(url: string, serviceId: string, extra: Record<string, unknown> = {}) {
  const r = await api(url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId,
    idempotencyKey: `e2e-counter-${process.pid}-${++tap}-${Date.now()}`,
    ...extra,
  });
  if (r.status !== 200) throw new Error(`issue failed: ${JSON.stringify(r.body)}`);
  return r.body as { visit: { id: string; ticket: string } };
}

/** Signs in and opens the given counter; the page shows the desk afterwards. */
export async function openCounter(page: Page, url: string, username: string, pin: string, counterId: string) {
  await page.goto(`${url}/counter/`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="pin"]').fill(pin);
  await page.locator('form.sign-in button[type="submit"]').click();
  await page.locator('select[name="counter"]').selectOption(counterId);
  await page.locator('button.primary', { hasText: /فتح الكاونتر|Open counter/ }).click();
  await expect(page.locator('button.call-next')).toBeVisible();
}

export async function expectNoAxeViolations(page: Page) {
  // @axe-core/playwright types its page against its own playwright-core copy: same object at runtime.
  const options = { page } as unknown as ConstructorParameters<typeof AxeBuilder>[0];
  const result = await new AxeBuilder(options)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { api, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { expectNoAxeViolations, issue, openCounter } from './counter-support.js';

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub();
  mkdirSync('test-results/screenshots', { recursive: true });
});
test.afterAll(async () => hub?.cleanup());

const current = (page: Page) => page.getByTestId('current-ticket');
const button = (page: Page, name: RegExp) => page.locator('.actions button', { hasText: name });

test('call, recall (count shows), no-show after the configured recalls with confirmation', async ({
  page,
}) => {
  const a = await issue(hub.url, 'eid-renew');
  await openCounter(page, hub.url, 'agent1', '111111', 'c1');
  await expect(page.getByTestId('work-profile')).toHaveText('الهوية والإقامة');
  await page.keyboard.press('n');
  await expect(current(page)).toHaveText(a.visit.ticket);
  await expect(page.getByTestId('recall-count')).toContainText('0');
  await expect(button(page, /لم يحضر/)).toBeDisabled();
  await page.keyboard.press('r');
  await expect(page.getByTestId('recall-count')).toContainText('1');
  await button(page, /إعادة النداء/).click();
  await expect(page.getByTestId('recall-count')).toContainText('2');
  await button(page, /لم يحضر/).click();
  await expect(page.getByRole('alertdialog')).toContainText(a.visit.ticket);
  await page.screenshot({ path: 'test-results/screenshots/counter-no-show-confirm.png' });
  await page.getByRole('alertdialog').getByRole('button', { name: 'تأكيد' }).click();
  await expect(page.getByTestId('current-ticket-empty')).toBeVisible();
  const detail = await api(
    hub.url,
    'GET',
    `/visits/${a.visit.id}`,
    `Bearer ${await login(hub.url, 'manager', '246810')}`,
  );
  expect((detail.body.visit as { status: string }).status).toBe('no_show');
  await page.locator('button', { hasText: 'إغلاق الكاونتر' }).click();
  await expect(page.locator('button', { hasText: 'فتح الكاونتر' })).toBeVisible();
});

test('start serving measures walking time; multi-service completion with outcomes and notes', async ({
  page,
}) => {
  const a = await issue(hub.url, 'eid-renew', { identity: { kind: 'mobile', value: '0501234567' } });
  await openCounter(page, hub.url, 'agent2', '222222', 'c2');
  await button(page, /نداء التالي/).click();
  await expect(current(page)).toHaveText(a.visit.ticket);
  await page.keyboard.press('s');
  await expect(page.getByTestId('walking-time')).toBeVisible();
  // Customer panel: masked identity, this visit's events, and a plain word about the central profile.
  await expect(page.getByTestId('masked-identity')).not.toHaveText('غير معرّف');
  await expect(page.getByTestId('masked-identity')).not.toContainText('0501234567');
  await expect(page.getByTestId('visit-events')).toContainText('بدء الخدمة');
  await page.keyboard.press('c');
  const form = page.getByTestId('complete-form');
  await form.locator('select[name="add-service"]').selectOption('residency-renew');
  await form.locator('button', { hasText: '+' }).click();
  await form
    .getByTestId('service-row-residency-renew')
    .locator('select')
    .selectOption('incomplete_documents');
  await form.getByTestId('service-row-residency-renew').locator('input').fill('tenancy contract missing');
  await page.screenshot({ path: 'test-results/screenshots/counter-complete-ar.png', fullPage: true });
  await form.locator('button[type="submit"]').click();
  await expect(page.getByTestId('current-ticket-empty')).toBeVisible();
  const detail = await api(
    hub.url,
    'GET',
    `/visits/${a.visit.id}`,
    `Bearer ${await login(hub.url, 'manager', '246810')}`,
  );
  const visit = detail.body.visit as {
    status: string;
    deliveredServices: { serviceId: string; outcome: string; notes: string }[];
  };
  expect(visit.status).toBe('completed');
  expect(visit.deliveredServices).toEqual([
    { serviceId: 'eid-renew', outcome: 'done', notes: '' },
    { serviceId: 'residency-renew', outcome: 'incomplete_documents', notes: 'tenancy contract missing' },
  ]);
  await page.locator('header button', { hasText: 'تسجيل الخروج' }).click();
  await expect(page.locator('form.sign-in')).toBeVisible();
});

test('park and resume; walk-direct call of a specific ticket', async ({ page }) => {
  const first = await issue(hub.url, 'licence-renew');
  const second = await issue(hub.url, 'licence-renew');
  await openCounter(page, hub.url, 'agent4', '444444', 'c4');
  await page
    .locator('input[name="walk-direct"]')
    .fill(second.visit.ticket.toLowerCase().replace(/^([a-z])0*/, '$1 '));
  await page.locator('input[name="walk-direct"]').press('Enter');
  await expect(current(page)).toHaveText(second.visit.ticket);
  await page.keyboard.press('s');
  await expect(page.getByTestId('current-status')).toHaveText('قيد الخدمة');
  await page.keyboard.press('p');
  await expect(page.getByTestId('parked-list')).toContainText(second.visit.ticket);
  await page.keyboard.press('n');
  await expect(current(page)).toHaveText(first.visit.ticket);
  await expect(page.getByTestId('parked-list').getByRole('button')).toBeDisabled();
  await page.keyboard.press('s');
  await expect(page.getByTestId('current-status')).toHaveText('قيد الخدمة');
  await page.keyboard.press('c');
  await page.getByTestId('complete-form').locator('button[type="submit"]').click();
  await page.getByTestId('parked-list').getByRole('button').click();
  await expect(current(page)).toHaveText(second.visit.ticket);
  await expect(page.getByTestId('current-status')).toHaveText('قيد الخدمة');
});

test('transfer to a queue (first, last, original), to a counter and to a staff member, with the note', async ({
  browser,
}) => {
  const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  await openCounter(a, hub.url, 'agent6', '666666', 'c6');
  await openCounter(b, hub.url, 'agent7', '777777', 'c7');
  const modes = [
    { kind: 'queue', position: 'first' },
    { kind: 'queue', position: 'last' },
    { kind: 'queue', position: 'original' },
    { kind: 'counter' },
    { kind: 'staff' },
  ] as const;
  for (const mode of modes) {
    const v = await issue(hub.url, 'building-permit');
    await a.locator('input[name="walk-direct"]').fill(v.visit.ticket);
    await a.locator('input[name="walk-direct"]').press('Enter');
    await expect(current(a)).toHaveText(v.visit.ticket);
    await a.keyboard.press('t');
    const form = a.getByTestId('transfer-form');
    await form.locator(`input[value="${mode.kind}"]`).check();
    if (mode.kind === 'queue') {
      await form.locator('select[name="queue"]').selectOption('q-labour');
      await form.locator('select[name="position"]').selectOption(mode.position);
    }
    if (mode.kind === 'counter') await form.locator('select[name="counter"]').selectOption('c7');
    if (mode.kind === 'staff') await form.locator('select[name="staff"]').selectOption('s-agent7');
    await form.locator('textarea[name="note"]').fill(`note for ${mode.kind}`);
    await form.locator('button[type="submit"]').click();
    await expect(a.getByTestId('current-ticket-empty')).toBeVisible();
    const detail = await api(hub.url, 'GET', `/visits/${v.visit.id}`, manager);
    const visit = detail.body.visit as {
      status: string;
      queueId: string;
      note: string;
      assignedCounterId: string | null;
      assignedStaffId: string | null;
    };
    expect(visit.status).toBe('waiting');
    expect(visit.note).toBe(`note for ${mode.kind}`);
    if (mode.kind === 'queue') expect(visit.queueId).toBe('q-labour');
    if (mode.kind === 'counter') expect(visit.assignedCounterId).toBe('c7');
    if (mode.kind === 'staff') expect(visit.assignedStaffId).toBe('s-agent7');
    if (mode.kind !== 'queue') {
      // The receiving counter sees it with its note and calls it.
      await expect(b.getByTestId('assigned-list')).toContainText(`note for ${mode.kind}`);
      await b.getByTestId('assigned-list').getByRole('button').click();
      await expect(current(b)).toHaveText(v.visit.ticket);
      await expect(b.getByTestId('visit-note')).toHaveText(`note for ${mode.kind}`);
      await b.keyboard.press('s');
      await expect(b.getByTestId('current-status')).toHaveText('قيد الخدمة');
      await b.keyboard.press('c');
      await b.getByTestId('complete-form').locator('button[type="submit"]').click();
      await expect(b.getByTestId('current-ticket-empty')).toBeVisible();
    }
  }
  await ctxA.close();
  await ctxB.close();
});

test('two counters racing for one ticket: the second gets a clear message and nothing changes', async ({
  browser,
}) => {
  const v = await issue(hub.url, 'family-sponsor');
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  await openCounter(a, hub.url, 'agent3', '333333', 'c3');
  await openCounter(b, hub.url, 'agent8', '888888', 'c8');
  for (const p of [a, b]) await p.locator('input[name="walk-direct"]').fill(v.visit.ticket);
  await Promise.all([a, b].map((p) => p.locator('input[name="walk-direct"]').press('Enter')));
  const winners = await Promise.all(
    [a, b].map(async (p) => {
      await expect(p.getByTestId('current-ticket').or(p.getByTestId('message'))).toBeVisible();
      return (await p.getByTestId('current-ticket').count()) > 0;
    }),
  );
  expect(winners.filter(Boolean)).toHaveLength(1);
  const loser = winners[0] ? b : a;
  const winner = winners[0] ? a : b;
  await expect(loser.getByTestId('message')).toBeVisible();
  await expect(loser.getByTestId('current-ticket-empty')).toBeVisible();
  await expect(current(winner)).toHaveText(v.visit.ticket);
  await ctxA.close();
  await ctxB.close();
});

test('axe: the counter desk has no WCAG 2.1 AA violations in Arabic and English', async ({ page }) => {
  await issue(hub.url, 'traffic-fines', {
    identity: { kind: 'mobile', value: '0509876543' },
    priority: 'senior',
  });
  await openCounter(page, hub.url, 'agent5', '555555', 'c5');
  await page.keyboard.press('n');
  await expect(page.getByTestId('customer-panel')).toBeVisible();
  await expect(page.getByTestId('visit-events')).toContainText('نداء');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.screenshot({ path: 'test-results/screenshots/counter-desk-ar.png', fullPage: true });
  await expectNoAxeViolations(page);
  await page.locator('header button', { hasText: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(button(page, /Call next/)).toBeVisible();
  await page.keyboard.press('t');
  await expect(page.getByTestId('transfer-form')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/counter-desk-en.png', fullPage: true });
  await expectNoAxeViolations(page);
});

// @vitest-environment node
/**
 * The demo dashboard (`npm run demo`) in Debian's Chromium, against the real demo server: the cards
 * and table load through react-query, every failure scenario the server offers is reachable from
 * the Failure lab and shows the banner of its category, the form shows the server's field errors,
 * a session expiry opens one dialog and signing in brings the data back, a failed background
 * refresh keeps the data and shows a notice, and the locale switch changes the texts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../demo/scenarios.js';
import { launchChromium } from '../helpers/chromium.js';
// @ts-expect-error -- plain ESM module shared with `npm run demo`
import { startDemo } from '../../demo/start.mjs';
// @ts-expect-error -- plain ESM module shared with `npm run demo`
import { scenarios as serverScenarios } from '../../demo/server.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const de = JSON.parse(readFileSync(join(ROOT, 'locales/de.json'), 'utf8')) as { codes: { microstrategy: { ERR004: { title: string } } }; ui: { signInAgain: string } };

let demo: { url: string; close: () => Promise<void> };
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  demo = (await startDemo({ logLevel: 'silent' })) as typeof demo;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

beforeEach(async () => {
  await fetch(`${demo.url}/api/reset`);
  if (page && !page.isClosed()) await page.close();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
});

async function open(route: string, query = ''): Promise<void> {
  await page.goto(`${demo.url}/${query}#/${route}`);
  await page.locator('h1.page-title').waitFor({ timeout: 60_000 });
}

describe('demo dashboard', () => {
  it('offers every scenario of the server, and one for every category', () => {
    const server = Object.keys(serverScenarios() as Record<string, unknown>);
    const offered = SCENARIOS.filter((s) => s.kind === 'http' || s.kind === 'graphql').map((s) => s.id);
    // Every server scenario but the two validation answers behind the form and the data endpoints.
    for (const id of server) expect(offered.includes(id) || id === 'laravel-validation' || id === 'fastapi-validation', id).toBe(true);
    expect(new Set(SCENARIOS.map((s) => s.category)).size).toBe(14);
  });

  it('loads the cards and the table from the server', async () => {
    await open('overview');
    await expect.poll(() => page.locator('.kpi-value').first().textContent(), { timeout: 30_000 }).toMatch(/€/);
    await expect(page.locator('.table tbody tr').count()).resolves.toBe(6);
    await page.getByRole('link', { name: 'Orders' }).click();
    await expect.poll(() => page.locator('.table tbody tr').count(), { timeout: 30_000 }).toBe(12);
    expect(errors).toEqual([]);
  }, 90_000);

  it('reaches every failure scenario from the Failure lab, each with the banner of its category', async () => {
    await open('failures');
    for (const s of SCENARIOS) {
      const card = page.locator(`[data-scenario="${s.id}"]`);
      await card.getByRole('button', { name: `Run: ${s.label}` }).click();
      if (s.kind === 'cancel') await card.getByRole('button', { name: 'Cancel' }).click();
      if (s.category === 'session-expired') {
        // The store's sign-in prompt opens (modal); "Not now" closes it, the banner stays.
        await page.getByRole('dialog').waitFor({ timeout: 30_000 });
        await page.getByRole('dialog').locator('.rae-dismiss').click();
        await page.getByRole('dialog').waitFor({ state: 'hidden' });
      }
    }
    for (const s of SCENARIOS) {
      const banner = page.locator(`[data-scenario="${s.id}"] .rae-banner`);
      // Retryable ones are retried twice first (react-query, what can succeed), so allow for the waits.
      await banner.waitFor({ timeout: 45_000 });
      await expect(banner.getAttribute('data-category'), s.id).resolves.toBe(s.category);
      await expect(banner.locator('.rae-title').textContent()).resolves.toMatch(/\S{3}/);
    }
    // Retry feedback: a retryable failure shows its attempts while react-query retries.
    const unavailable = page.locator('[data-scenario="error-object-unavailable"]');
    await unavailable.getByRole('button', { name: /^Try again/ }).click();
    await expect.poll(() => unavailable.locator('.rae-retrying').textContent(), { timeout: 10_000 }).toMatch(/Trying again: attempt 1 of \d/);
    // The rate limit's wait shows as a countdown on its retry button.
    await expect(page.locator('[data-scenario="error-object-rate-limit"] .rae-retry').textContent()).resolves.toMatch(/\d/);
    expect(errors).toEqual([]);
  }, 180_000);

  it('shows the server field errors on the form, in the list and at each input', async () => {
    await open('team');
    await page.getByRole('button', { name: 'Create team' }).click();
    const list = page.locator('.rae-field-errors');
    await list.waitFor({ timeout: 30_000 });
    await expect(list.locator('li[data-field]').count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(page.locator('#team-team_name').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('.field-error').count()).resolves.toBeGreaterThanOrEqual(3);
    // An entry moves focus to its input.
    await list.getByRole('button', { name: /Team name/ }).click();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('team_name');
  }, 90_000);

  it('switches the texts with the locale, and the direction for Arabic', async () => {
    await open('failures');
    const card = page.locator('[data-scenario="mstr-not-found"]');
    await card.getByRole('button', { name: /^Run/ }).click();
    const title = card.locator('.rae-title');
    await title.waitFor({ timeout: 30_000 });
    const english = await title.textContent();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await expect.poll(() => title.textContent(), { timeout: 30_000 }).toBe(de.codes.microstrategy.ERR004.title);
    expect(english).not.toBe(de.codes.microstrategy.ERR004.title);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('de');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir), { timeout: 30_000 }).toBe('rtl');
    await expect.poll(() => card.locator('.rae-banner').getAttribute('dir'), { timeout: 30_000 }).toBe('rtl');
    // The theme switch.
    const before = await page.evaluate(() => document.documentElement.dataset.theme);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(before === 'dark' ? 'light' : 'dark');
    await expect(page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).resolves.toBe(before === 'dark' ? 'false' : 'true');
  }, 90_000);

  it('an expired session opens one dialog; signing in brings the data back', async () => {
    await open('overview');
    await expect.poll(() => page.locator('.table tbody tr').count(), { timeout: 30_000 }).toBe(6);
    await page.getByRole('button', { name: 'Expire session' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: 30_000 });
    await expect(dialog.count()).resolves.toBe(1);
    await dialog.locator('.rae-sign-in').click();
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
    await expect.poll(() => page.locator('.kpi-value').first().textContent(), { timeout: 30_000 }).toMatch(/€/);
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
  }, 90_000);

  it('a failed background refresh keeps the data and shows one notice per query', async () => {
    await open('overview', '?theme=dark');
    await expect.poll(() => page.locator('.table tbody tr').count(), { timeout: 30_000 }).toBe(6);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await page.locator('#overview-failure').selectOption('mstr-forbidden');
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    // <ErrorNotices/>: a named region whose polite live region lists the notices.
    const region = page.getByRole('region', { name: 'Error notifications' });
    const notices = region.locator('li.rae-notice');
    await expect.poll(() => notices.count(), { timeout: 30_000 }).toBe(2);
    await expect(region.locator('[role="status"][aria-live="polite"]').count()).resolves.toBe(1);
    await expect(notices.first().getAttribute('data-category')).resolves.toBe('forbidden');
    await expect(page.locator('.table tbody tr').count()).resolves.toBe(6);
    await notices.first().getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notices.count()).toBe(1);
  }, 90_000);
});

#!/usr/bin/env node
/**
 * `npm run demo:screenshots`: the dashboard in Debian's Chromium (the demo server and Vite started
 * as `npm run demo` does), saved as the README's pictures:
 *   docs/dashboard-light.png    1280 px, light: overview with a failed background refresh's notice
 *   docs/dashboard-dark.png     1280 px, dark: the Failure lab after a few failures
 *   docs/dashboard-session.png  1280 px, light: the session-expired dialog over the dashboard
 *   docs/dashboard-mobile.png   360 px, light: the team form with the server's field errors
 * CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { startDemo } from '../demo/start.mjs';

const root = join(import.meta.dirname, '..');
const out = join(root, 'docs');
mkdirSync(out, { recursive: true });
const demo = await startDemo({ logLevel: 'warn' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'],
});

async function page(width, height, query = '') {
  await fetch(`${demo.url}/api/reset`);
  const p = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1, locale: 'en-US', colorScheme: 'light' });
  await p.goto(`${demo.url}/${query}#/overview`);
  await p.locator('h1.page-title').waitFor({ timeout: 60_000 });
  return p;
}
const settle = (p) => p.evaluate(() => document.fonts.ready).then(() => p.waitForTimeout(300));

try {
  // Light: the overview; a refresh the server refuses (403) keeps the data and leaves a notice.
  let p = await page(1280, 860, '?theme=light');
  await p.locator('.table tbody tr').nth(5).waitFor();
  await p.locator('#overview-failure').selectOption('mstr-forbidden');
  await p.getByRole('button', { name: 'Refresh', exact: true }).click();
  const notices = p.locator('.notices .rae-banner');
  await notices.nth(1).waitFor();
  await notices.first().getByRole('button', { name: 'Dismiss' }).click();
  await p.locator('#overview-failure').selectOption('');
  await settle(p);
  await p.screenshot({ path: join(out, 'dashboard-light.png') });
  await p.close();

  // Dark: the Failure lab after the first groups' failures.
  p = await page(1280, 860, '?theme=dark');
  await p.goto(`${demo.url}/?theme=dark#/failures`);
  for (const id of ['fastapi-validation', 'bad-request-400', 'drf-parse-error-400']) {
    await p.locator(`[data-scenario="${id}"] button`).first().click();
    await p.locator(`[data-scenario="${id}"] .rae-banner`).waitFor();
  }
  await p.evaluate(() => window.scrollTo(0, 0));
  await settle(p);
  await p.screenshot({ path: join(out, 'dashboard-dark.png') });
  await p.close();

  // The session dialog: the account's "Expire session", every query fails at once, one prompt.
  p = await page(1280, 860, '?theme=light');
  await p.locator('.table tbody tr').nth(5).waitFor();
  await p.getByRole('button', { name: 'Expire session' }).click();
  await p.getByRole('dialog').waitFor();
  await settle(p);
  await p.screenshot({ path: join(out, 'dashboard-session.png') });
  await p.close();

  // 360 px: the team form after the server's 422.
  p = await page(360, 780, '?theme=light');
  await p.goto(`${demo.url}/?theme=light#/team`);
  await p.getByRole('button', { name: 'Create team' }).click();
  await p.locator('.rae-field-errors').waitFor();
  await settle(p);
  await p.screenshot({ path: join(out, 'dashboard-mobile.png'), fullPage: true });
  await p.close();
  console.log(`screenshots saved in ${out}`);
} finally {
  await browser.close();
  await demo.close();
}

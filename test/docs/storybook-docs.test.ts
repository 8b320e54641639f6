// @vitest-environment node
/**
 * The Storybook docs pages, built as users get them (`storybook build`) and opened in Debian's
 * Chromium: each renders its heading and its blocks, without an error; Storybook opens on the
 * Introduction; the sidebar groups come in order; the component pages document the components'
 * own props (with descriptions), the Texts page has every key of every locale.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveStatic } from '../helpers/chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'rae-storybook-'));
let site: { url: string; close: () => Promise<void> };
let browser: Browser;

interface IndexEntry {
  id: string;
  type: 'docs' | 'story';
  title: string;
  name: string;
  tags?: string[];
}
let entries: IndexEntry[] = [];

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/storybook/dist/bin/dispatcher.js'), 'build', '-c', '.storybook', '-o', out, '--quiet'], {
    cwd: ROOT,
    // Built as `npm run build-storybook` builds it: not as under Vitest (.storybook/main.ts reads VITEST).
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))), STORYBOOK_DISABLE_TELEMETRY: '1', CI: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  entries = Object.values((JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> }).entries);
  site = await serveStatic(out);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(out, { recursive: true, force: true });
});

/** Opens a docs page in the preview iframe; returns the page and the errors it raised. */
async function openDocs(id: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.url}/iframe.html?id=${id}&viewMode=docs`);
  await page.locator('#storybook-docs h1').first().waitFor({ timeout: 30_000 });
  return { page, errors };
}

const PAGES: Record<string, string> = {
  'introduction--docs': 'react-api-errors',
  'components-errorbanner--docs': 'ErrorBanner',
  'components-fielderrorlist--docs': 'FieldErrorList',
  'components-sessionexpireddialog--docs': 'SessionExpiredDialog',
  'hooks-useapierror--docs': 'useApiError',
  'hooks-useretryable--docs': 'useRetryable',
  'hooks-usefielderrors--docs': 'useFieldErrors',
  'hooks-usesignin--docs': 'useSignIn',
  'seed-apis--docs': 'Seed APIs',
  'recipes--docs': 'Recipes',
  'texts--docs': 'Texts',
};

describe('Storybook docs pages', () => {
  it('has every page, in the sidebar order Introduction, Components, Hooks, Seed APIs, Recipes, Texts', () => {
    const docs = entries.filter((e) => e.type === 'docs').map((e) => e.id);
    for (const id of Object.keys(PAGES)) expect(docs).toContain(id);
    // index.json lists entries sorted by storySort: the first one is what Storybook opens on.
    const dev = entries.filter((e) => !e.tags || e.tags.includes('dev'));
    expect(dev[0]?.id).toBe('introduction--docs');
    const groups = [...new Set(dev.map((e) => e.title.split('/')[0]))];
    expect(groups.slice(0, 6)).toEqual(['Introduction', 'Components', 'Hooks', 'Seed APIs', 'Recipes', 'Texts']);
  });

  it('the sidebar shows Introduction, Components, Hooks, Seed APIs, Recipes, Texts in that order, and opens on the Introduction', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${site.url}/index.html`);
      await page.locator('[data-item-id="texts--docs"]').waitFor({ timeout: 60_000 });
      const ids = await page.locator('[data-item-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')));
      const top = ['introduction--docs', 'components', 'hooks', 'seed-apis', 'recipes--docs', 'texts--docs'];
      expect(ids.filter((id) => top.includes(id ?? ''))).toEqual(top);
      await expect.poll(() => new URL(page.url()).searchParams.get('path'), { timeout: 30_000 }).toBe('/docs/introduction--docs');
    } finally {
      await page.close();
    }
  }, 90_000);

  for (const [id, heading] of Object.entries(PAGES)) {
    it(`${id} renders "${heading}" and its examples, with no error`, async () => {
      const { page, errors } = await openDocs(id);
      try {
        await expect(page.locator('#storybook-docs h1').first().textContent()).resolves.toBe(heading);
        // Every live example on the page rendered something (Texts has none; the others at least one).
        const min = id === 'texts--docs' ? 0 : id === 'recipes--docs' ? 6 : 1;
        await expect
          .poll(() => page.locator('#storybook-docs .docs-story').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim().length)), { timeout: 30_000 })
          .toSatisfy((lengths: number[]) => lengths.length >= min && lengths.every((n) => n > 0));
        await extra[id]?.(page);
        await expect(page.locator('.sb-errordisplay:visible, .sb-nopreview:visible').count()).resolves.toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }, 90_000);
  }
});

/** The component pages document the components' own props (not the stories' harness), each described. */
function props(expected: string[]): (page: Page) => Promise<void> {
  return async (page) => {
    const table = page.locator('#storybook-docs table.docblock-argstable').first();
    await table.waitFor({ timeout: 30_000 });
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('td')?.textContent?.replace(/\*$/, '').trim() ?? '', tr.querySelectorAll('td')[1]?.textContent ?? '']));
    const names = rows.map(([n]) => n);
    expect([...names].sort()).toEqual([...expected].sort());
    for (const [name, description] of rows) expect((description ?? "").length, `${name} has no description`).toBeGreaterThan(20);
  };
}

const extra: Record<string, (page: Page) => Promise<void>> = {
  'components-errorbanner--docs': props(['error', 'onRetry', 'onDismiss', 'onSignIn', 'retrying', 'retryAfterMs', 'blocking', 'title', 'message', 'showDetails', 'unstyled', 'className']),
  'components-fielderrorlist--docs': props(['error', 'fieldLabels', 'getFieldId', 'idPrefix', 'onFieldFocus', 'unstyled', 'className']),
  'components-sessionexpireddialog--docs': props(['open', 'error', 'onSignIn', 'onDismiss', 'unstyled', 'className']),
  // Every key of every locale, from locales/*.json.
  'texts--docs': async (page) => {
    const locales = readdirSync(join(ROOT, 'locales')).filter((f) => f.endsWith('.json') && f !== 'context.json');
    const flat = (o: Record<string, unknown>, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${p}${k}`] : flat(v as Record<string, unknown>, `${p}${k}.`)));
    const keys = new Set(locales.flatMap((f) => flat(JSON.parse(readFileSync(join(ROOT, 'locales', f), 'utf8')) as Record<string, unknown>)));
    const de = JSON.parse(readFileSync(join(ROOT, 'locales/de.json'), 'utf8')) as { ui: { retry: string } };
    const shown = await page.locator('#storybook-docs tr[data-key]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')));
    expect(new Set(shown)).toEqual(keys);
    const header = await page.locator('#storybook-docs table[data-group="ui"] thead th').allTextContents();
    expect(header.slice(1).sort()).toEqual(locales.map((f) => f.slice(0, -5)).sort());
    await expect(page.locator('#storybook-docs tr[data-key="ui.retry"] td[lang="de"]').textContent()).resolves.toBe(de.ui.retry);
    // The filter narrows the table.
    await page.getByRole('searchbox', { name: 'Filter keys and texts' }).fill('ERR009');
    const filtered = await page.locator('#storybook-docs tr[data-key]').count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(10);
  },
};

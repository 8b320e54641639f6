/**
 * Visual regression and layout checks of every story, in Debian's Chromium.
 *
 * Every story renders at 360 and 1280 px (light, English); the key states of the banner, the
 * dialog and the field list render in the whole matrix: 360/1280 px × light/dark × en/de/ar/en-XA.
 * Each render is compared with its committed baseline (test/visual/baselines/, `npm run
 * test:visual:update` rewrites them) and checked for what a screenshot diff can miss: horizontal
 * overflow, oversized icons, dialog margins, clipped text, and a countdown that changes widths.
 * See CONTRIBUTING.md ("Visual tests") for the choice of matrix and tolerance.
 */
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { page } from 'vitest/browser';
import preview, { PINNED_FONT } from '../../.storybook/preview.js';
import * as bannerStories from '../../stories/ErrorBanner.stories.js';
import * as fieldStories from '../../stories/FieldErrorList.stories.js';
import * as dialogStories from '../../stories/SessionExpiredDialog.stories.js';
import * as seedStories from '../../stories/SeedApis.stories.js';
import * as hookStories from '../../stories/Hooks.stories.js';

setProjectAnnotations([preview, { parameters: { fontFamily: PINNED_FONT } }]);

type Theme = 'light' | 'dark';
interface Cell {
  width: 360 | 1280;
  theme: Theme;
  locale: string;
}

const WIDTHS = [360, 1280] as const;
const HEIGHT = { 360: 640, 1280: 800 } as const;
const THEMES: readonly Theme[] = ['light', 'dark'];
const LOCALES = ['en', 'de', 'ar', 'en-XA'] as const;

/** The states shown in the whole matrix (file → export names). */
const KEY_STATES: Record<string, readonly string[]> = {
  banner: ['SessionExpired', 'CountdownRunning', 'DetailsOpen'],
  dialog: ['Open'],
  fields: ['Long', 'FormLevelOnly'],
};
/** Lists whose every banner is screenshotted in a smaller story (the seed APIs' "every code" lists are split by group): DOM checks only. */
const NO_SCREENSHOT: Record<string, readonly string[]> = {
  seeds: ['MicroStrategy', 'ErrorCodeApi', 'Edgecast', 'ErrorObjectApi', 'ErrorCodeListApi'],
};

const FILES = { banner: bannerStories, fields: fieldStories, dialog: dialogStories, seeds: seedStories, hooks: hookStories } as const;

type Composed = ReturnType<typeof composeStories<typeof bannerStories>>[keyof ReturnType<typeof composeStories<typeof bannerStories>>];

function cellsFor(file: string, name: string, pinned: { theme?: Theme; locale?: string } | undefined): Cell[] {
  const full = KEY_STATES[file]?.includes(name) ?? false;
  const cells: Cell[] = [];
  for (const width of WIDTHS)
    for (const theme of full ? THEMES : (['light'] as const))
      for (const locale of full ? LOCALES : (['en'] as const)) cells.push({ width, theme: pinned?.theme ?? theme, locale: pinned?.locale ?? locale });
  // A story that pins its theme or locale renders once per width.
  return cells.filter((c, i) => cells.findIndex((d) => d.width === c.width && d.theme === c.theme && d.locale === c.locale) === i);
}

afterEach(() => {
  vi.useRealTimers();
});

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** The element a person sees: the open modal dialog (it covers the page), else the story's page. */
function shown(): HTMLElement {
  const dialog = document.querySelector<HTMLDialogElement>('dialog.rae-dialog[open]');
  if (dialog) return dialog;
  const pages = document.querySelectorAll<HTMLElement>('.rae-story');
  const last = pages[pages.length - 1];
  if (!last) throw new Error('the story rendered no page');
  return last;
}

const box = (el: Element) => el.getBoundingClientRect();
const isShown = (el: Element) => {
  const r = box(el);
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
};
const label = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;

/** What a screenshot diff can miss; each failure names the element. */
export function layoutProblems(root: HTMLElement, viewportWidth: number): string[] {
  const problems: string[] = [];
  const doc = root.ownerDocument.documentElement;
  if (doc.scrollWidth > doc.clientWidth) problems.push(`the page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth} px`);
  for (const el of [root, ...root.querySelectorAll<HTMLElement>('.rae-banner, .rae-field-errors, .rae-dialog-panel, .rae-details, dl')]) {
    // Inside an unstyled banner the app's CSS lays things out (and the page check above still holds).
    if (el !== root && el.closest('.rae-banner:not([style]), .rae-field-errors:not([style])')) continue;
    if (isShown(el) && el.scrollWidth > el.clientWidth + 1) problems.push(`overflows sideways: ${label(el)} ${el.scrollWidth} > ${el.clientWidth} px`);
  }
  for (const icon of root.querySelectorAll('svg[data-rae-icon]')) {
    const r = box(icon);
    if (r.width > 24 || r.height > 24) problems.push(`icon larger than 24 px: ${icon.getAttribute('data-rae-icon')} ${Math.round(r.width)}×${Math.round(r.height)}`);
  }
  for (const panel of root.querySelectorAll('.rae-dialog-panel')) {
    const r = box(panel);
    if (viewportWidth <= 480 && (r.left < 16 || viewportWidth - r.right < 16)) problems.push(`dialog margins under 16 px: ${Math.round(r.left)} / ${Math.round(viewportWidth - r.right)} px`);
  }
  // Clipped text: a block with text of its own whose content is wider or taller than its box.
  for (const el of root.querySelectorAll<HTMLElement>('.rae-banner *, .rae-field-errors *, .rae-dialog-panel *')) {
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!ownText || !isShown(el) || getComputedStyle(el).display === 'inline') continue;
    // Text for screen readers only (clipped to nothing on purpose: the visible copy counts down beside it).
    if (getComputedStyle(el).clipPath === 'inset(50%)') continue;
    if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) problems.push(`text clipped: ${label(el)} content ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
  }
  return problems;
}

/**
 * Counts every waiting retry button down to "Try again" a second at a time (the clock is fake):
 * no button changes width, and nothing after it in its banner moves.
 */
async function countdownProblems(root: HTMLElement): Promise<string[]> {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.rae-retry:disabled')];
  if (buttons.length === 0) return [];
  const measure = () =>
    buttons.map((b) => {
      const banner = b.closest('.rae-banner') as HTMLElement;
      const after = [...banner.querySelectorAll<HTMLElement>('.rae-sign-in, .rae-dismiss')].map((e) => `${Math.round(box(e).left)},${Math.round(box(e).top)}`);
      return { width: box(b).width, after: after.join(' '), text: b.textContent };
    });
  const first = measure();
  const problems: string[] = [];
  for (let tick = 0; tick < 120 && buttons.some((b) => b.disabled); tick++) {
    vi.advanceTimersByTime(1000);
    await frame();
    measure().forEach((m, i) => {
      const f = first[i]!;
      if (Math.abs(m.width - f.width) > 0.5) problems.push(`retry button width ${f.width} → ${m.width} px at "${buttons[i]!.getAttribute('aria-label') ?? buttons[i]!.innerText}"`);
      if (m.after !== f.after) problems.push(`moved after the retry button: ${f.after} → ${m.after}`);
    });
  }
  if (buttons.some((b) => b.disabled)) problems.push('the countdown never ended');
  return [...new Set(problems)];
}

for (const [file, mod] of Object.entries(FILES)) {
  const composed = composeStories(mod as typeof bannerStories) as Record<string, Composed>;
  const raw = mod as unknown as Record<string, { name?: string; globals?: { theme?: Theme; locale?: string }; parameters?: { visual?: { freezeClock?: boolean } } }>;
  describe(file, () => {
    for (const [exportName, Story] of Object.entries(composed)) {
      const freeze = raw[exportName]?.parameters?.visual?.freezeClock === true || (Story.parameters as { visual?: { freezeClock?: boolean } }).visual?.freezeClock === true;
      for (const cell of cellsFor(file, exportName, raw[exportName]?.globals)) {
        const id = `${file}-${exportName}-${cell.width}-${cell.theme}-${cell.locale}`;
        test(`${raw[exportName]?.name ?? exportName} · ${cell.width} px ${cell.theme} ${cell.locale}`, async () => {
          await page.viewport(cell.width, HEIGHT[cell.width]);
          if (freeze) vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'], now: new Date('2026-01-15T09:00:00Z') });
          await Story.run({ globals: { dir: 'auto', theme: cell.theme, locale: cell.locale } });
          await document.fonts.ready;
          await frame();
          // A viewport as tall as the story, so a screenshot holds all of it.
          const height = Math.ceil(shown().getBoundingClientRect().height);
          if (height > HEIGHT[cell.width]) {
            await page.viewport(cell.width, height);
            await frame();
          }
          const root = shown();
          expect(layoutProblems(root, cell.width)).toEqual([]);
          if (!NO_SCREENSHOT[file]?.includes(exportName)) await expect.element(page.elementLocator(root)).toMatchScreenshot(id);
          if (freeze) expect(await countdownProblems(root)).toEqual([]);
        });
      }
    }
  });
}

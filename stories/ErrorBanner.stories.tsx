import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ApiErrorProvider, ERROR_CATEGORIES, ErrorBanner, normalizeError, supportedLocales, type ErrorCategory } from '../src/index.js';
import type { StoryGlobals } from '../.storybook/preview.js';
import { byCategory, fixture } from './fixtures.js';
import { uiTexts } from './texts.js';

/** An input of each category: verbatim fixtures, and the errors browsers throw for the client-side ones. */
function inputFor(category: string): unknown {
  if (category === 'network') return new TypeError('Failed to fetch');
  if (category === 'cancelled') return new DOMException('signal is aborted without reason', 'AbortError');
  if (category === 'timeout') return new DOMException('signal timed out', 'TimeoutError');
  if (category === 'unknown') return new Error('Something unexpected happened');
  return byCategory(category);
}

/** The texts of the toolbar's locale, so a play function works in every locale. */
function ui(context: { globals: Record<string, unknown> }) {
  return uiTexts((context.globals as StoryGlobals).locale);
}

/** Opens the technical details (whatever the summary says in this locale). */
async function openDetails(canvasElement: HTMLElement): Promise<HTMLDetailsElement> {
  const details = canvasElement.querySelector('details') as HTMLDetailsElement;
  await userEvent.click(details.querySelector('summary') as HTMLElement);
  await expect(details.open).toBe(true);
  return details;
}

/** The seed's 503 body with the Retry-After header its docs tell clients to honour. */
const waitFor503 = (seconds: number) => normalizeError({ ...(fixture('503 SERVICE_UNAVAILABLE') as object), headers: { 'retry-after': String(seconds) } });

/** Replaces the browser's clipboard for one story (headless Chromium may allow or refuse it): its cleanup puts the browser's back. */
function clipboard(writeText: (text: string) => Promise<void>) {
  return () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    return () => {
      delete (navigator as { clipboard?: unknown }).clipboard;
    };
  };
}

const meta: Meta<typeof ErrorBanner> = {
  title: 'Components/ErrorBanner',
  component: ErrorBanner,
  args: { onRetry: fn(), onDismiss: fn() },
};
export default meta;
type Story = StoryObj<typeof ErrorBanner>;

export const SessionExpired: Story = { name: 'Session expired: sign in again', args: { error: fixture('table row ERR009') } };
export const Unauthenticated: Story = { name: 'Not signed in', args: { error: fixture('401 Login failed') } };

export const EveryCategory: Story = {
  name: 'Every category',
  render: (args) => (
    <div style={{ display: 'grid', gap: '0.75rem' }}>
      {ERROR_CATEGORIES.map((c) => (
        <ErrorBanner key={c} {...args} error={inputFor(c)} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const banners = canvasElement.querySelectorAll('.rae-banner');
    await expect(banners.length).toBe(ERROR_CATEGORIES.length);
    const categories = [...banners].map((b) => b.getAttribute('data-category'));
    await expect(new Set(categories).size).toBeGreaterThanOrEqual(ERROR_CATEGORIES.length - 1);
  },
};

/** One category on its own, so a visual diff names it. */
function category(c: ErrorCategory, name: string): Story {
  return {
    name: `Category: ${name}`,
    args: { error: inputFor(c) },
    play: async ({ canvasElement }) => {
      await expect(canvasElement.querySelector('.rae-banner')).toHaveAttribute('data-category', c);
    },
  };
}
export const CategoryValidation = category('validation', 'validation');
export const CategoryBadRequest = category('bad-request', 'bad request');
export const CategoryUnauthenticated = category('unauthenticated', 'not signed in');
export const CategorySessionExpired = category('session-expired', 'session expired');
export const CategoryForbidden = category('forbidden', 'forbidden');
export const CategoryNotFound = category('not-found', 'not found');
export const CategoryConflict = category('conflict', 'conflict');
export const CategoryRateLimited = category('rate-limited', 'rate limited');
export const CategoryServer = category('server', 'server error');
export const CategoryUnavailable = category('unavailable', 'unavailable');
export const CategoryTimeout = category('timeout', 'timeout');
export const CategoryNetwork = category('network', 'network');
export const CategoryCancelled = category('cancelled', 'cancelled');
export const CategoryUnknown = category('unknown', 'unknown');

export const RetryCountdown: Story = {
  name: 'Countdown to Try again (interaction)',
  args: { error: waitFor503(2) },
  play: async ({ canvasElement, args, ...context }) => {
    const t = ui(context);
    const button = canvasElement.querySelector('.rae-retry') as HTMLButtonElement;
    await expect(button).toBeDisabled();
    const width = button.getBoundingClientRect().width;
    const ready = await waitFor(
      () => {
        if (button.disabled) throw new Error('still waiting');
        return button;
      },
      { timeout: 4000 },
    );
    // The label changed from "Try again in 2 seconds" to "Try again", the button's width did not.
    await expect(within(ready).getAllByText(t.retry).length).toBeGreaterThan(0);
    await expect(ready.getBoundingClientRect().width).toBe(width);
    await userEvent.click(ready);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** Thirty seconds to wait: the visual tests freeze the clock (parameters.visual.freezeClock) so the count stays at 30. */
export const CountdownRunning: Story = {
  name: 'Countdown running',
  args: { error: waitFor503(30) },
  parameters: { visual: { freezeClock: true } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.rae-banner')).toHaveAttribute('data-state', 'waiting');
    await expect(canvasElement.querySelector('.rae-retry')).toBeDisabled();
  },
};

export const CountdownDone: Story = {
  name: 'Countdown done',
  args: { error: waitFor503(1) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('.rae-banner')).toHaveAttribute('data-state', 'ready'), { timeout: 3000 });
    await expect(canvasElement.querySelector('.rae-retry')).toBeEnabled();
  },
};

/** The server asked to wait and the app gave no retry action: a line says so, counting down. */
export const WaitNotice: Story = {
  name: 'Waiting, without a retry action',
  args: { error: waitFor503(30), onRetry: undefined },
  parameters: { visual: { freezeClock: true } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.rae-wait')).not.toBeNull();
  },
};

export const Dismiss: Story = {
  name: 'Close button',
  args: { error: fixture('404 ERR004') },
  play: async ({ canvasElement, args, ...context }) => {
    // A corner button with an icon, named for screen readers in the locale.
    const close = within(canvasElement).getByRole('button', { name: ui(context).dismiss });
    await expect(close.querySelector('svg[data-rae-icon="close"]')).not.toBeNull();
    await userEvent.click(close);
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
  },
};

export const DetailsOpen: Story = {
  name: 'Technical details open',
  args: { error: fixture('400 Invalid JSON with ticketId') },
  play: async ({ canvasElement }) => {
    const details = await openDetails(canvasElement);
    await expect(details.querySelectorAll('dt').length).toBe(4);
    await expect(within(details).getByText('b722e689f6104202972f7675563b9f97')).toBeVisible();
  },
};

export const CopyReference: Story = {
  name: 'Copy reference (interaction)',
  args: { error: fixture('400 Invalid JSON with ticketId') },
  play: async ({ canvasElement, ...context }) => {
    const t = ui(context);
    await openDetails(canvasElement);
    await expect(within(canvasElement).getByText('b722e689f6104202972f7675563b9f97')).toBeVisible();
    await userEvent.click(within(canvasElement).getByRole('button', { name: t.copy }));
    // Headless Chromium may refuse clipboard access: either outcome is announced to the person.
    const status = canvasElement.querySelector('.rae-copy-status') as HTMLElement;
    await waitFor(() => expect([t.copied, t.copyFailed]).toContain(status.textContent?.trim()));
  },
};

export const CopyDone: Story = {
  name: 'Reference copied',
  args: { error: fixture('400 Invalid JSON with ticketId') },
  beforeEach: clipboard(() => Promise.resolve()),
  play: async ({ canvasElement, ...context }) => {
    const t = ui(context);
    await openDetails(canvasElement);
    await userEvent.click(canvasElement.querySelector('.rae-copy') as HTMLElement);
    await waitFor(() => expect(canvasElement.querySelector('.rae-copy-status')?.textContent?.trim()).toBe(t.copied));
  },
};

export const CopyFailed: Story = {
  name: 'Reference copy failed',
  args: { error: fixture('400 Invalid JSON with ticketId') },
  beforeEach: clipboard(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))),
  play: async ({ canvasElement, ...context }) => {
    const t = ui(context);
    await openDetails(canvasElement);
    await userEvent.click(canvasElement.querySelector('.rae-copy') as HTMLElement);
    await waitFor(() => expect(canvasElement.querySelector('.rae-copy-status')?.textContent?.trim()).toBe(t.copyFailed));
  },
};

export const VeryLongServerText: Story = {
  name: 'Long server text: details closed',
  args: {
    error: { status: 500, body: { error: { code: 'INTERNAL_SERVER_ERROR', message: 'An unexpected error occurred. Please try again later or contact support if the problem persists. '.repeat(30) } } },
  },
  play: async ({ canvasElement }) => {
    const details = canvasElement.querySelector('details');
    await expect(details?.open).toBe(false);
  },
};

/** Okta's 1,176-character validation message: the details show its start and a "Show more". */
export const LongServerTextShortened: Story = {
  name: 'Long server text: shortened, Show more',
  args: { error: fixture("Okta 400 E0000001 'new message format'") },
  play: async ({ canvasElement, ...context }) => {
    const t = ui(context);
    await openDetails(canvasElement);
    const more = canvasElement.querySelector('.rae-more') as HTMLButtonElement;
    await expect(more.textContent).toBe(t.showMore);
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect((canvasElement.querySelector('.rae-server-message bdi')?.textContent ?? '').length).toBeLessThan(300);
  },
};

export const LongServerTextExpanded: Story = {
  name: 'Long server text: shown in full',
  args: { error: fixture("Okta 400 E0000001 'new message format'") },
  play: async ({ canvasElement, ...context }) => {
    const t = ui(context);
    await openDetails(canvasElement);
    await userEvent.click(canvasElement.querySelector('.rae-more') as HTMLElement);
    await expect(canvasElement.querySelector('.rae-more')?.textContent).toBe(t.showLess);
    await expect((canvasElement.querySelector('.rae-server-message bdi')?.textContent ?? '').length).toBeGreaterThan(1000);
  },
};

/** Arabic page, English server text: it keeps its own direction, beside its label at the right edge. */
export const RightToLeftServerText: Story = {
  name: 'Right to left: English server text isolated',
  globals: { locale: 'ar' },
  args: { error: fixture('403 PERMISSION_DENIED SERVICE_DISABLED') },
  play: async ({ canvasElement }) => {
    await openDetails(canvasElement);
    const bdi = canvasElement.querySelector('.rae-server-message bdi') as HTMLElement;
    await expect(bdi).not.toBeNull();
    const dd = bdi.parentElement as HTMLElement;
    // The text starts at the right edge of its (right-to-left) cell, not at the far left.
    await expect(Math.abs(bdi.getBoundingClientRect().right - dd.getBoundingClientRect().right)).toBeLessThan(2);
  },
};

export const ProxyHtmlPage: Story = { name: 'Proxy HTML page (nginx 502)', args: { error: fixture('nginx 502 Bad Gateway page') } };
export const PlainTextFromEnvoy: Story = { name: 'Plain text from Envoy (503)', args: { error: fixture('Envoy 503: upstream connect error, reset reason') } };
export const ValidationErrors: Story = { name: 'Validation errors (Laravel)', args: { error: fixture('422 validation error response format') } };

export const NoProvider: Story = {
  name: 'Without a provider',
  parameters: { noProvider: true },
  args: { error: fixture('403 ERR017') },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveAttribute('data-category', 'forbidden');
  },
};

export const CustomTheme: Story = {
  name: 'Custom theme (CSS variables)',
  render: (args) => (
    <div style={{ ['--rae-radius' as string]: '0px', ['--rae-font' as string]: '600 15px/1.5 Georgia, serif' }}>
      <ErrorBanner {...args} />
    </div>
  ),
  args: { error: fixture('429 RATE_LIMIT_EXCEEDED') },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  args: { error: fixture('403 ERR017') },
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  globals: { locale: 'ar' },
  args: { error: fixture('table row ERR009') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveAttribute('dir', 'rtl');
  },
};

/** Hebrew, the second right-to-left language. */
export const RightToLeftHebrew: Story = {
  name: 'Right to left (Hebrew)',
  globals: { locale: 'he' },
  args: { error: fixture('table row ERR009') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveAttribute('dir', 'rtl');
  },
};

export const Unstyled: Story = {
  name: 'Unstyled',
  args: { error: fixture('404 ERR004'), unstyled: true },
  play: async ({ canvasElement }) => {
    // Unstyled keeps text-sized icons: an SVG without a size would fill the banner.
    for (const icon of canvasElement.querySelectorAll('svg')) await expect(icon.getBoundingClientRect().width).toBeLessThanOrEqual(24);
  },
};

const inTheme = (context: { globals: Record<string, unknown> }) => (context.globals as StoryGlobals).theme ?? 'light';

export const EveryLocale: Story = {
  name: 'Every locale',
  render: (args, context) => (
    <div style={{ display: 'grid', gap: '0.75rem' }}>
      {supportedLocales.map((locale) => (
        <ApiErrorProvider key={locale} locale={locale} theme={inTheme(context)}>
          <ErrorBanner {...args} />
        </ApiErrorProvider>
      ))}
    </div>
  ),
  args: { error: normalizeError({ ...(fixture('429 RATE_LIMIT_EXCEEDED') as object), headers: { 'retry-after': '30' } }) },
  parameters: { noProvider: true, visual: { freezeClock: true } },
  play: async ({ canvasElement }) => {
    const titles = [...canvasElement.querySelectorAll('.rae-title')].map((t) => t.textContent);
    await expect(titles).toHaveLength(supportedLocales.length);
  },
};

/**
 * The en-XA pseudo-locale: every text accented, ~40% longer and in brackets. A text that shows plain
 * letters did not come from the locales (hard-coded); a text cut off shows truncation.
 */
export const PseudoLocale: Story = {
  name: 'Pseudo-locale (en-XA)',
  parameters: { noProvider: true, visual: { freezeClock: true } },
  render: (args, context) => (
    <ApiErrorProvider locale="en-XA" theme={inTheme(context)} onSignIn={() => undefined}>
      <div style={{ display: 'grid', gap: '0.75rem', maxWidth: '36rem' }}>
        {ERROR_CATEGORIES.map((c) => (
          <ErrorBanner key={c} {...args} error={inputFor(c)} showDetails={false} />
        ))}
        <ErrorBanner {...args} error={normalizeError({ ...(fixture('429 RATE_LIMIT_EXCEEDED') as object), headers: { 'retry-after': '30' } })} showDetails={false} />
      </div>
    </ApiErrorProvider>
  ),
  play: async ({ canvasElement }) => {
    for (const el of canvasElement.querySelectorAll('.rae-title, .rae-message, .rae-wait, button')) {
      // The close button's text is its accessible name (an icon shows).
      const text = (el.classList.contains('rae-dismiss') ? (el.getAttribute('aria-label') ?? '') : (el.textContent ?? '')).replace(/[\d\s]/g, '');
      await expect(text.startsWith('[') && text.endsWith(']'), `not from the locales: ${text}`).toBe(true);
      await expect(/[A-Za-z]/.test(text), `plain letters: ${text}`).toBe(false);
      const box = el as HTMLElement;
      await expect(box.scrollWidth <= box.clientWidth + 1, `cut off: ${el.textContent}`).toBe(true);
    }
  },
};

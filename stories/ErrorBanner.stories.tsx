import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ApiErrorProvider, ERROR_CATEGORIES, ErrorBanner, normalizeError, supportedLocales } from '../src/index.js';
import { byCategory, fixture } from './fixtures.js';

/** An input of each category: verbatim fixtures, and the errors browsers throw for the client-side ones. */
function inputFor(category: string): unknown {
  if (category === 'network') return new TypeError('Failed to fetch');
  if (category === 'cancelled') return new DOMException('signal is aborted without reason', 'AbortError');
  if (category === 'timeout') return new DOMException('signal timed out', 'TimeoutError');
  if (category === 'unknown') return new Error('Something unexpected happened');
  return byCategory(category);
}

const meta: Meta<typeof ErrorBanner> = {
  title: 'Components/ErrorBanner',
  component: ErrorBanner,
  args: { onRetry: fn(), onDismiss: fn() },
};
export default meta;
type Story = StoryObj<typeof ErrorBanner>;

export const SessionExpired: Story = { args: { error: fixture('table row ERR009') } };
export const Unauthenticated: Story = { args: { error: fixture('401 Login failed') } };

export const EveryCategory: Story = {
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

export const RetryCountdown: Story = {
  // The seed's 503 body with the Retry-After header its docs tell clients to honour.
  args: { error: normalizeError({ ...(fixture('503 SERVICE_UNAVAILABLE') as object), headers: { 'retry-after': '2' } }) },
  play: async ({ canvas, args }) => {
    const button = await canvas.findByRole('button', { name: /2/ });
    await expect(button).toBeDisabled();
    await waitFor(() => expect(canvas.getByRole('button', { name: /1/ })).toBeDisabled(), { timeout: 2000 });
    const ready = await waitFor(() => {
      const b = canvas.getByRole('button', { name: 'Try again' });
      if ((b as HTMLButtonElement).disabled) throw new Error('still waiting');
      return b;
    }, { timeout: 3000 });
    await userEvent.click(ready);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const Dismiss: Story = {
  args: { error: fixture('404 ERR004') },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
  },
};

export const CopyReference: Story = {
  args: { error: fixture('400 Invalid JSON with ticketId') },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByText('Technical details'));
    await expect(canvas.getByText('b722e689f6104202972f7675563b9f97')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Copy reference' }));
    // Headless Chromium may refuse clipboard access: either outcome is announced to the person.
    await waitFor(() => expect(canvas.getByText(/Copied|Couldn't copy/)).toBeInTheDocument());
  },
};

export const VeryLongServerText: Story = {
  args: {
    error: { status: 500, body: { error: { code: 'INTERNAL_SERVER_ERROR', message: 'An unexpected error occurred. Please try again later or contact support if the problem persists. '.repeat(30) } } },
  },
  play: async ({ canvasElement }) => {
    const details = canvasElement.querySelector('details');
    await expect(details?.open).toBe(false);
  },
};

export const ProxyHtmlPage: Story = { args: { error: fixture('nginx 502 Bad Gateway page') } };
export const PlainTextFromEnvoy: Story = { args: { error: fixture('Envoy 503: upstream connect error, reset reason') } };
export const ValidationErrors: Story = { args: { error: fixture('422 validation error response format') } };

export const NoProvider: Story = {
  parameters: { noProvider: true },
  args: { error: fixture('403 ERR017') },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveAttribute('data-category', 'forbidden');
  },
};

export const CustomTheme: Story = {
  render: (args) => (
    <div style={{ ['--rae-radius' as string]: '0px', ['--rae-font' as string]: '600 15px/1.5 Georgia, serif' }}>
      <ErrorBanner {...args} />
    </div>
  ),
  args: { error: fixture('429 RATE_LIMIT_EXCEEDED') },
};

export const DarkTheme: Story = {
  render: (args) => (
    <div style={{ background: '#121212', padding: '1rem' }}>
      <ApiErrorProvider theme="dark">
        <ErrorBanner {...args} />
      </ApiErrorProvider>
    </div>
  ),
  parameters: { noProvider: true },
  args: { error: fixture('403 ERR017') },
};

export const RightToLeft: Story = {
  render: (args) => (
    <ApiErrorProvider locale="ar">
      <ErrorBanner {...args} />
    </ApiErrorProvider>
  ),
  parameters: { noProvider: true },
  args: { error: fixture('table row ERR009') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveAttribute('dir', 'rtl');
  },
};

export const Unstyled: Story = { args: { error: fixture('404 ERR004'), unstyled: true } };

export const EveryLocale: Story = {
  parameters: { noProvider: true },
  render: (args) => (
    <div style={{ display: 'grid', gap: '0.75rem' }}>
      {supportedLocales.map((locale) => (
        <ApiErrorProvider key={locale} locale={locale}>
          <ErrorBanner {...args} />
        </ApiErrorProvider>
      ))}
    </div>
  ),
  args: { error: normalizeError({ ...(fixture('429 RATE_LIMIT_EXCEEDED') as object), headers: { 'retry-after': '30' } }) },
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
  parameters: { noProvider: true },
  render: (args) => (
    <ApiErrorProvider locale="en-XA" onSignIn={() => undefined}>
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
      const text = (el.textContent ?? '').replace(/[\d\s]/g, '');
      await expect(text.startsWith('[') && text.endsWith(']'), `not from the locales: ${el.textContent}`).toBe(true);
      await expect(/[A-Za-z]/.test(text), `plain letters: ${el.textContent}`).toBe(false);
      const box = el as HTMLElement;
      await expect(box.scrollWidth <= box.clientWidth + 1, `cut off: ${el.textContent}`).toBe(true);
    }
  },
};

/** Hebrew, the second right-to-left language. */
export const RightToLeftHebrew: Story = {
  render: (args) => (
    <ApiErrorProvider locale="he" onSignIn={() => undefined}>
      <ErrorBanner {...args} />
    </ApiErrorProvider>
  ),
  parameters: { noProvider: true },
  args: { error: fixture('table row ERR009') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveAttribute('dir', 'rtl');
  },
};

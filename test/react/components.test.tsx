import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import i18next from 'i18next';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorProvider, ApiErrorStore, ErrorBanner, FieldErrorList, SessionExpiredDialog, normalizeError, unknownLocaleMessage, useApiErrorContext } from '../../src/index.js';
import en from '../../locales/en.json';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const ERR009 = { status: 401, body: '{"code":"ERR009","message":"Session timeout"}' };
const RATE_LIMITED = { status: 429, headers: { 'retry-after': '3' }, body: { error: { code: 'RATE_LIMIT_EXCEEDED', message: 'You have exceeded your allowed request rate. Please try again later.' } } };
const VALIDATION = {
  status: 422,
  body: { message: 'The given data was invalid.', errors: { email: ['The email field is required.'], 'items.0.qty': ['The qty must be at least 1.'], '': ['Form-level problem'] } },
};

async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.help}`);
}

describe('ErrorBanner', () => {
  it('shows the localized title and message, never the server text outside <details>', () => {
    const { container } = render(<ErrorBanner error={ERR009} />);
    expect(screen.getByText(en.codes.microstrategy.ERR009.title)).toBeInTheDocument();
    const details = container.querySelector('details');
    expect(details).not.toBeNull();
    for (const node of screen.getAllByText(/Session timeout|ERR009/)) expect(details?.contains(node)).toBe(true);
  });

  it('counts down before the retry is allowed (fake timers)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const onRetry = vi.fn();
    render(<ErrorBanner error={normalizeError(RATE_LIMITED)} onRetry={onRetry} />);
    const button = screen.getByRole('button', { name: 'Try again in 3 seconds' });
    expect(button).toBeDisabled();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('button', { name: 'Try again in 2 seconds' })).toBeDisabled();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('button', { name: 'Try again in 1 second' })).toBeDisabled();
    act(() => vi.advanceTimersByTime(1000));
    const ready = screen.getByRole('button', { name: 'Try again' });
    expect(ready).toBeEnabled();
    fireEvent.click(ready);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('is a polite status for retryable errors and an alert otherwise', () => {
    const { unmount } = render(<ErrorBanner error={{ status: 503, body: null }} />);
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    unmount();
    render(<ErrorBanner error={{ status: 403, body: null }} />);
    expect(screen.getByRole('alert')).toHaveAttribute('data-category', 'forbidden');
  });

  it('copies the reference id', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ErrorBanner error={{ status: 500, headers: { 'x-request-id': 'req-123' }, body: null }} />);
    await user.click(screen.getByText('Technical details'));
    await user.click(screen.getByRole('button', { name: 'Copy reference' }));
    expect(writeText).toHaveBeenCalledWith('req-123');
    expect(await screen.findByText(/Copied/)).toBeInTheDocument();
  });

  it('says so when copying fails', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) }, configurable: true });
    render(<ErrorBanner error={{ status: 500, headers: { 'x-request-id': 'req-1' }, body: null }} />);
    await user.click(screen.getByRole('button', { name: 'Copy reference' }));
    expect(await screen.findByText(new RegExp(en.ui.copyFailed.slice(0, 12)))).toBeInTheDocument();
  });

  it('dismisses and signs in', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const onSignIn = vi.fn().mockResolvedValue(undefined);
    render(
      <ApiErrorProvider onSignIn={onSignIn} renderSessionDialog={false}>
        <ErrorBanner error={ERR009} onDismiss={onDismiss} />
      </ApiErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('renders nothing for null', () => {
    const { container } = render(<ErrorBanner error={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('renders something useful for anything', () => {
    for (const weird of [undefined, 0, 'boom', Symbol('x'), () => 1, { a: { b: [] } }, new Error('x'), [1, 2]]) {
      cleanup();
      const { container } = render(<ErrorBanner error={weird} />);
      if (weird !== undefined) expect(container.textContent).toContain(en.category.unknown.title);
    }
  });

  it('hostile server text stays text: no element is injected', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const { container } = render(<ErrorBanner error={{ status: 400, headers: { 'x-request-id': hostile }, body: { code: hostile, message: hostile } }} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    const details = container.querySelector('details');
    for (const node of screen.getAllByText(hostile)) expect(details?.contains(node)).toBe(true);
  });

  it('right-to-left for Arabic', () => {
    render(
      <ApiErrorProvider locale="ar">
        <ErrorBanner error={ERR009} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAttribute('dir', 'rtl');
  });

  it('has no axe violations in each state', async () => {
    for (const error of [ERR009, RATE_LIMITED, VALIDATION, { status: 500, headers: { 'x-request-id': 'r' }, body: null }, new TypeError('Failed to fetch')]) {
      cleanup();
      const { container } = render(<ErrorBanner error={error} onRetry={() => undefined} onDismiss={() => undefined} />);
      expect(await axeViolations(container)).toEqual([]);
    }
    // Five axe runs: seconds on a busy 2-core machine.
  }, 30_000);
});

describe('FieldErrorList', () => {
  function Form() {
    return (
      <form>
        <label htmlFor="email">Email</label>
        <input id="email" name="email" />
        <label htmlFor="qty">Quantity</label>
        <input id="qty" name="items.0.qty" />
        <FieldErrorList error={VALIDATION} fieldLabels={{ email: 'Email address', 'items.0.qty': 'Quantity' }} />
      </form>
    );
  }
  it('groups errors by field with labels and focuses the input (by id or by name)', async () => {
    const user = userEvent.setup();
    render(<Form />);
    expect(screen.getByRole('heading', { name: 'Correct 2 answers' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Go to Email address/ }));
    expect(document.activeElement).toBe(document.getElementById('email'));
    await user.click(screen.getByRole('button', { name: /Go to Quantity/ }));
    expect(document.activeElement).toBe(document.getElementById('qty'));
  });
  it("says what is wrong with each field: the server's field text (plain text) when it sent no code; form-level errors apart, localized", () => {
    render(<Form />);
    const section = document.querySelector('section');
    expect(section?.querySelector('[data-field="email"]')?.textContent).toContain('The email field is required.');
    expect(section?.querySelector('[data-field="items.0.qty"]')?.textContent).toContain('The qty must be at least 1.');
    expect(section?.textContent).not.toContain(en.ui.fieldInvalid);
    expect(section?.querySelectorAll('ul')).toHaveLength(2);
    expect(section?.querySelector('.rae-form-errors')?.textContent).not.toContain('Form-level problem');
  });
  it("an app can turn the server's field text off: the generic text instead", () => {
    render(
      <ApiErrorProvider serverFieldMessages={false}>
        <FieldErrorList error={VALIDATION} />
      </ApiErrorProvider>,
    );
    expect(screen.queryByText(/The email field is required/)).toBeNull();
    expect(document.querySelector('[data-field="email"]')?.textContent).toContain(en.ui.fieldInvalid);
  });
  it("our own text for a code, in the provider's language, wins over the server's text", () => {
    const github = { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }] } };
    render(
      <ApiErrorProvider locale="de" fieldLabels={{ title: 'Titel' }}>
        <FieldErrorList error={github} />
      </ApiErrorProvider>,
    );
    expect(document.querySelector('[data-field="title"]')?.textContent).toBe('Titel: Füllen Sie dieses Feld aus.');
  });
  it("shows the server's form-level text when the app trusts it", () => {
    render(
      <ApiErrorProvider trustServerMessages>
        <FieldErrorList error={VALIDATION} />
      </ApiErrorProvider>,
    );
    expect(screen.getByText(/Form-level problem/)).toBeInTheDocument();
  });
  it('has no axe violations', async () => {
    const { container } = render(<Form />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('SessionExpiredDialog', () => {
  it('opens once for 20 simultaneous session expiries, traps focus, closes on Escape and returns focus', async () => {
    const user = userEvent.setup();
    const store = new ApiErrorStore();
    const onSessionExpired = vi.fn();
    render(
      <ApiErrorProvider store={store} onSessionExpired={onSessionExpired}>
        <button type="button">outside</button>
      </ApiErrorProvider>,
    );
    const outside = screen.getByRole('button', { name: 'outside' });
    outside.focus();
    act(() => {
      for (let i = 0; i < 20; i++) store.report(ERR009);
    });
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    const dialog = screen.getByRole('dialog');
    const signIn = within(dialog).getByRole('button', { name: 'Sign in again' });
    const notNow = within(dialog).getByRole('button', { name: 'Not now' });
    const close = within(dialog).getByRole('button', { name: 'Close' });
    // Sign in again first; Tab cycles inside: the corner close, Not now, Sign in again, and back.
    expect(document.activeElement).toBe(signIn);
    await user.tab();
    expect(document.activeElement).toBe(close);
    await user.tab();
    expect(document.activeElement).toBe(notNow);
    await user.tab();
    expect(document.activeElement).toBe(signIn);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(notNow);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(outside);
  });

  it('an explicit <SessionExpiredDialog/> takes over from the provider’s default one: never two', async () => {
    const user = userEvent.setup();
    const store = new ApiErrorStore();
    const onSignIn = vi.fn().mockResolvedValue(undefined);
    function App({ own }: { own: boolean }) {
      return <ApiErrorProvider store={store}>{own ? <SessionExpiredDialog onSignIn={onSignIn} /> : null}</ApiErrorProvider>;
    }
    const { rerender } = render(<App own />);
    act(() => store.report(ERR009));
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    // The one shown is the app's: its onSignIn runs.
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
    // When the app's dialog goes, the default one is back.
    rerender(<App own={false} />);
    act(() => store.report(ERR009));
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });

  it('opens for a plain 401 when the provider treats it as an expired session', () => {
    const { unmount } = render(<ApiErrorProvider><ErrorBanner error={{ status: 401 }} /></ApiErrorProvider>);
    expect(screen.queryByRole('dialog')).toBeNull();
    unmount();
    function Reporter() {
      const { store } = useApiErrorContext();
      return (
        <button type="button" onClick={() => store.report({ status: 401, body: '{"message":"Unauthorized"}' })}>
          load
        </button>
      );
    }
    render(
      <ApiErrorProvider unauthenticatedExpiresSession>
        <Reporter />
      </ApiErrorProvider>,
    );
    act(() => screen.getByRole('button', { name: 'load' }).click());
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });

  it('signs in, then closes and tells listeners to refetch', async () => {
    const user = userEvent.setup();
    const store = new ApiErrorStore();
    const restored = vi.fn();
    store.onSessionRestored(restored);
    const onSignIn = vi.fn().mockResolvedValue(undefined);
    render(<ApiErrorProvider store={store} onSignIn={onSignIn} />);
    act(() => store.expireSession());
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(restored).toHaveBeenCalledTimes(1);
  });

  it('is a native <dialog>: the corner close dismisses, and the page does not scroll while it is open', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    document.documentElement.style.overflow = 'scroll';
    const { rerender } = render(<SessionExpiredDialog open onDismiss={onDismiss} />);
    expect(screen.getByRole('dialog').tagName).toBe('DIALOG');
    expect(document.documentElement.style.overflow).toBe('hidden');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    rerender(<SessionExpiredDialog open={false} onDismiss={onDismiss} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.documentElement.style.overflow).toBe('scroll');
    document.documentElement.style.overflow = '';
  });

  it('controlled use, and no axe violations', async () => {
    render(<SessionExpiredDialog open onDismiss={() => undefined} />);
    expect(screen.getByRole('dialog')).toHaveAttribute('aria-modal', 'true');
    expect(await axeViolations(document.body)).toEqual([]);
  });
});

describe('provider', () => {
  it('an existing i18next instance keeps the app keys and follows its language', async () => {
    const app = i18next.createInstance();
    await app.init({ lng: 'en', resources: { en: { 'react-api-errors': { generic: { title: 'App title' } } } }, initAsync: false });
    render(
      <ApiErrorProvider i18n={app}>
        <ErrorBanner error="boom" title={undefined} />
      </ApiErrorProvider>,
    );
    expect(screen.getByText(en.category.unknown.title)).toBeInTheDocument();
    expect(app.t('generic.title', { ns: 'react-api-errors' })).toBe('App title');
    await act(async () => {
      await app.changeLanguage('de');
    });
    expect(screen.getByRole('alert').textContent).not.toContain(en.category.unknown.title);
  });

  it('message overrides win', () => {
    render(
      <ApiErrorProvider messages={{ en: { 'codes.microstrategy.ERR009.title': 'Custom expiry title' } }}>
        <ErrorBanner error={ERR009} />
      </ApiErrorProvider>,
    );
    expect(screen.getByText('Custom expiry title')).toBeInTheDocument();
  });

  it('an unknown locale falls back to English with a warning that names the fix', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <ApiErrorProvider locale="xx-test">
        <ErrorBanner error={ERR009} />
      </ApiErrorProvider>,
    );
    expect(screen.getByText(en.codes.microstrategy.ERR009.title)).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(unknownLocaleMessage('xx-test'));
    expect(unknownLocaleMessage('xx')).toMatch(/Supported: en, de, fr, es, ja, ar/);
    warn.mockRestore();
  });

  it('hydrates the server markup without a mismatch', async () => {
    const tree = (
      <ApiErrorProvider locale="de">
        <ErrorBanner error={RATE_LIMITED} onRetry={() => undefined} />
      </ApiErrorProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(tree);
    document.body.appendChild(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onRecoverableError = vi.fn();
    await act(async () => {
      hydrateRoot(container, tree, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(renderToStaticMarkup(tree)).toContain('<details');
  });
});

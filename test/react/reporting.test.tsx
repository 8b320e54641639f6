/**
 * The provider's `onError` (issue 13, point 10) as an app uses it: each error once, shown when a
 * component displayed it — a banner that renders an error on its first render included (the
 * provider listens before its children's effects run) — and the session dialog speaks for every
 * expiry folded into it. A hook that throws leaves the app rendering.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorProvider, ApiErrorStore, ErrorBanner, type ApiErrorReport } from '../../src/index.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// shared/seeds/003 (the `{ error: { code, message } }` API's documented 500).
const boom = () => ({ status: 500, headers: { 'x-request-id': 'req-7' }, body: { error: { code: 'INTERNAL_SERVER_ERROR', message: 'An unexpected error occurred. Please try again later or contact support if the problem persists.' } } });
const expired = () => ({ status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token", error_description="The access token expired"' }, body: '' });

describe('ApiErrorProvider onError', () => {
  it('a banner showing an error on the first render reports it once, shown, with its reference id', () => {
    const reports: ApiErrorReport[] = [];
    const error = boom();
    const { rerender } = render(
      <ApiErrorProvider onError={(r) => reports.push(r)}>
        <ErrorBanner error={error} />
        <ErrorBanner error={error} />
      </ApiErrorProvider>,
    );
    rerender(
      <ApiErrorProvider onError={(r) => reports.push(r)}>
        <ErrorBanner error={error} />
      </ApiErrorProvider>,
    );
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ source: 'component', shown: true, referenceId: 'req-7', cause: error, error: { category: 'server', code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('the latest onError prop is called (no resubscription needed)', () => {
    const first = vi.fn();
    const second = vi.fn();
    const store = new ApiErrorStore();
    const { rerender } = render(<ApiErrorProvider store={store} onError={first} />);
    rerender(<ApiErrorProvider store={store} onError={second} />);
    act(() => store.markShown(boom()));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('session expiries: the dialog shows them, so each is reported shown', () => {
    const reports: ApiErrorReport[] = [];
    const store = new ApiErrorStore({}, { shownWithinMs: 60_000 });
    render(<ApiErrorProvider store={store} onError={(r) => reports.push(r)} />);
    act(() => {
      store.report(expired(), { kind: 'query' });
      store.report(expired(), { kind: 'query' });
    });
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(reports.map((r) => [r.source, r.shown, r.error.category])).toEqual([
      ['query', true, 'session-expired'],
      ['query', true, 'session-expired'],
    ]);
  });

  it('a hook that throws is logged; the app goes on rendering', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ApiErrorProvider
        onError={() => {
          throw new Error('logging backend down');
        }}
      >
        <ErrorBanner error={boom()} />
      </ApiErrorProvider>,
    );
    expect(document.querySelector('.rae-banner')?.textContent).toContain("There's a problem on our side");
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('onError listener threw'), expect.any(Error));
  });
});

/**
 * `<ErrorNotices/>` in real Chromium, against the real `node:http` server of
 * test/browser-api-server.ts (issue 13, point 4): a background refetch that fails while its data
 * stays on screen gives one notice; the same failure again is counted, not stacked; the region
 * shows at most `max`; "Try again" refetches the query or re-runs the mutation
 * (`mutationErrors: 'notice'`); only non-blocking notices time out, never while hovered; Tab
 * reaches every action; axe finds nothing in light, dark and right-to-left.
 */
import { QueryClientProvider, useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import axe from 'axe-core';
import { act, type ReactNode } from 'react';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { mount, unmountAll, waitFor } from '../helpers/mount.js';
import { userEvent } from 'vitest/browser';
import en from '../../locales/en.json';
import ar from '../../src/react/locales/ar.js';
import { ApiErrorProvider, ApiErrorStore, ErrorNotices, type ApiErrorReport, type ErrorNoticesProps } from '../../src/index.js';
import { apiFetch, createApiErrorQueryClient } from '../../src/react-query/index.js';

const base = inject('apiBase');
afterEach(async () => {
  await unmountAll();
});

type Attempt = { id: string; attempt: number };
const notices = () => [...document.querySelectorAll<HTMLElement>('.rae-notice')];
const count = async (id: string) => ((await (await fetch(`${base}/count?id=${id}`)).json()) as { count: number }).count;
const url = (id: string, fail: number, status = 503) => `${base}/flaky?id=${id}&fail=${fail}&status=${status}`;

/** A report whose URL the test switches: it loads once, then its refetches fail. */
function Report({ src }: { src: { url: string } }): ReactNode {
  const q = useQuery({ queryKey: ['report'], queryFn: ({ signal }) => apiFetch<Attempt>(src.url, { signal }), staleTime: Infinity });
  return q.data ? <p className="data">attempt {q.data.attempt}</p> : <p>Loading…</p>;
}

function App({ client, store, children, notices: props, locale, theme }: { client: QueryClient; store: ApiErrorStore; children?: ReactNode; notices?: ErrorNoticesProps; locale?: string; theme?: 'light' | 'dark' }): ReactNode {
  return (
    <QueryClientProvider client={client}>
      <ApiErrorProvider store={store} locale={locale} resources={{ ar }} theme={theme}>
        <main>
          <h1>Reports</h1>
          <button type="button">Before</button>
          {children}
        </main>
        <ErrorNotices {...props} />
      </ApiErrorProvider>
    </QueryClientProvider>
  );
}

function setup(mutationErrors?: 'notice') {
  const reports: ApiErrorReport[] = [];
  const store = new ApiErrorStore({}, { onError: (r) => reports.push(r), shownWithinMs: 5_000 });
  const client = createApiErrorQueryClient({ store, retry: { maxRetries: 0 }, mutationErrors });
  return { store, client, reports };
}

describe('<ErrorNotices/>', { timeout: 40_000 }, () => {
  it('a background refetch failure (data shown) gives one notice; the same failure again is counted; Try again refetches', async () => {
    const { store, client, reports } = setup();
    const id = crypto.randomUUID();
    const src = { url: url(`${id}-ok`, 0) };
    const host = await mount(
      <App client={client} store={store}>
        <Report src={src} />
      </App>,
    );
    await waitFor(() => expect(host.querySelector('.data')?.textContent).toBe('attempt 1'));
    expect(notices()).toHaveLength(0);
    const region = document.querySelector('section.rae-notices')!;
    expect(region.getAttribute('aria-label')).toBe(en.ui.notices);
    expect(region.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();

    src.url = url(id, 2); // the next two requests fail with a 503
    await act(async () => client.refetchQueries({ queryKey: ['report'] }));
    await waitFor(() => expect(notices()).toHaveLength(1));
    expect(host.querySelector('.data')?.textContent).toBe('attempt 1'); // the data stays
    const [n] = notices();
    expect(n!.dataset.kind).toBe('background');
    expect(n!.dataset.state).toBe('timed');
    expect(n!.querySelector('.rae-title')!.textContent).toBe(en.codes['error-object'].SERVICE_UNAVAILABLE.title);

    await act(async () => client.refetchQueries({ queryKey: ['report'] }));
    await waitFor(() => expect(notices()[0]!.querySelector('.rae-count')?.textContent).toBe('This happened 2 times'));
    expect(notices()).toHaveLength(1);

    await act(async () => notices()[0]!.querySelector<HTMLButtonElement>('.rae-retry')!.click());
    await waitFor(() => expect(host.querySelector('.data')?.textContent).toBe('attempt 3'));
    await waitFor(() => expect(notices()).toHaveLength(0));
    expect(await count(id)).toBe(3);
    // Two failures, each reported once and shown in the region.
    await waitFor(() => expect(reports.map((r) => [r.source, r.shown])).toEqual([
      ['background', true],
      ['background', true],
    ]));
  });

  it('caps what it shows at max, newest kept', async () => {
    const { store, client } = setup();
    await mount(<App client={client} store={store} notices={{ max: 3 }} />);
    await act(async () => {
      for (let i = 1; i <= 5; i++) store.report({ status: 503, body: '' }, { kind: 'background', key: `q${i}` });
    });
    expect(store.getState().notices).toHaveLength(5);
    expect(notices().map((n) => n.dataset.noticeId)).toEqual(['q3', 'q4', 'q5']);
  });

  it("a mutation error routed by mutationErrors: 'notice' stays (blocking) and Try again re-runs the mutation", async () => {
    const { store, client } = setup('notice');
    const id = crypto.randomUUID();
    function Save(): ReactNode {
      const m = useMutation({ mutationKey: ['save'], mutationFn: (name: string) => apiFetch<Attempt>(url(id, 1), { method: 'POST', body: name }) });
      return (
        <>
          <button type="button" onClick={() => m.mutate('Ada')}>
            Save
          </button>
          {m.isSuccess ? <p className="saved">saved on attempt {m.data.attempt}</p> : null}
        </>
      );
    }
    const host = await mount(
      <App client={client} store={store} notices={{ autoDismissMs: 200 }}>
        <Save />
      </App>,
    );
    await act(async () => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Save')!.click());
    await waitFor(() => expect(notices()).toHaveLength(1));
    expect(notices()[0]!.dataset.kind).toBe('mutation');
    expect(notices()[0]!.dataset.state).toBe('blocking');
    await new Promise((r) => setTimeout(r, 500)); // longer than autoDismissMs: a blocking notice stays
    expect(notices()).toHaveLength(1);
    await act(async () => notices()[0]!.querySelector<HTMLButtonElement>('.rae-retry')!.click());
    await waitFor(() => expect(host.querySelector('.saved')?.textContent).toBe('saved on attempt 2'));
    expect(notices()).toHaveLength(0);
    expect(await count(id)).toBe(2);
  });

  it('a non-blocking notice times out, but not while it has focus or is hovered', { timeout: 40_000 }, async () => {
    const { store, client } = setup();
    const host = await mount(<App client={client} store={store} notices={{ autoDismissMs: 1_000 }} />);
    const before = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Before')!;
    await act(async () => {
      store.report({ status: 503, body: '' }, { kind: 'background', key: 'a' });
    });
    notices()[0]!.querySelector('button')!.focus();
    await new Promise((r) => setTimeout(r, 1_500));
    expect(notices()).toHaveLength(1);
    before.focus();
    await waitFor(() => expect(notices()).toHaveLength(0));

    // Hovered: the pointer rests on the region (on a notice that stays), and a timed one arrives meanwhile.
    await act(async () => {
      store.report({ status: 403, body: '' }, { kind: 'background', key: 'stays' });
    });
    expect(notices()[0]!.dataset.state).toBe('blocking');
    await userEvent.hover(notices()[0]!);
    await act(async () => {
      store.report({ status: 503, body: '' }, { kind: 'background', key: 'b' });
    });
    await new Promise((r) => setTimeout(r, 1_500));
    expect(notices().map((n) => n.dataset.noticeId)).toEqual(['stays', 'b']);
    await userEvent.unhover(notices()[0]!);
    await waitFor(() => expect(notices().map((n) => n.dataset.noticeId)).toEqual(['stays']));
  });

  it('keyboard: Tab reaches Try again and Dismiss; Dismiss moves focus to the next notice', async () => {
    const { store, client } = setup();
    const host = await mount(<App client={client} store={store} notices={{ autoDismissMs: 0 }} />);
    await act(async () => {
      store.report({ status: 503, body: '' }, { kind: 'background', key: 'one', retry: () => Promise.resolve() });
      store.report({ status: 403, body: '' }, { kind: 'background', key: 'two' });
    });
    [...host.querySelectorAll('button')].find((b) => b.textContent === 'Before')!.focus();
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe(en.ui.retry);
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe(en.ui.dismiss);
    expect(document.activeElement?.closest<HTMLElement>('.rae-notice')?.dataset.noticeId).toBe('one');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(notices().map((n) => n.dataset.noticeId)).toEqual(['two']));
    expect(document.activeElement?.closest<HTMLElement>('.rae-notice')?.dataset.noticeId).toBe('two');
  });

  it.each([
    ['en', 'light'],
    ['en', 'dark'],
    ['ar', 'dark'],
  ] as const)('axe finds no violations (%s, %s theme), and right-to-left puts it at the start edge', async (locale, theme) => {
    const { store, client } = setup();
    await mount(<App client={client} store={store} locale={locale} theme={theme} notices={{ autoDismissMs: 0, placement: 'bottom-end' }} />);
    await act(async () => {
      store.report({ status: 503, body: '' }, { kind: 'background', key: 'a', retry: () => undefined });
      store.report({ status: 503, body: '' }, { kind: 'background', key: 'a', retry: () => undefined });
      store.report({ status: 409, body: '' }, { kind: 'mutation' });
    });
    expect(notices()).toHaveLength(2);
    const region = document.querySelector<HTMLElement>('section.rae-notices')!;
    expect(region.dir).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    if (locale === 'ar') expect(region.getAttribute('aria-label')).toBe('إشعارات الأخطاء');
    // bottom-end is the right edge in LTR and the left edge in RTL.
    const box = region.getBoundingClientRect();
    if (locale === 'ar') expect(box.left).toBeLessThan(window.innerWidth / 2);
    else expect(box.right).toBeGreaterThan(window.innerWidth / 2);
    const result = await axe.run(document.body, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

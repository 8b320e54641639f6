/**
 * In real Chromium, against the real node:http server of test/browser/api-server.ts: while TanStack
 * Query retries by itself, `<ErrorBanner {...errorBannerProps(query)} />` says so (attempt n of m,
 * seconds to the next try, announced once), then the data replaces it; an error that is not
 * retried never shows "trying again".
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { ApiErrorProvider, ErrorBanner } from '../../src/index.js';
import { apiFetch, errorBannerProps, retryOptions, retryStatus } from '../../src/react-query/index.js';

const base = inject('formsApiBase');
const roots: Root[] = [];

beforeEach(async () => {
  await fetch(`${base}/api/reset`);
});
afterEach(() => {
  for (const r of roots.splice(0)) r.unmount();
  document.body.innerHTML = '';
});

async function mount(ui: ReactNode): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.appendChild(host);
  const root = createRoot(host);
  roots.push(root);
  root.render(ui);
  await new Promise((r) => setTimeout(r, 0));
  return host;
}

/** Every distinct text of `selector` seen in `host` while `until` is false. */
async function watch(host: HTMLElement, selector: string, until: () => boolean, timeoutMs = 40_000): Promise<string[]> {
  const seen: string[] = [];
  const record = (): void => {
    for (const el of host.querySelectorAll(selector)) {
      const text = el.textContent ?? '';
      if (seen.at(-1) !== text) seen.push(text);
    }
  };
  const observer = new MutationObserver(record);
  observer.observe(host, { subtree: true, childList: true, characterData: true });
  record();
  const started = Date.now();
  while (!until()) {
    if (Date.now() - started > timeoutMs) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  observer.disconnect();
  record();
  return seen;
}

function Report({ path }: { path: string }) {
  const query = useQuery({ queryKey: [path], queryFn: ({ signal }) => apiFetch<{ ok: boolean; attempt: number }>(`${base}${path}`, { signal }) });
  if (query.data) return <p className="data">Loaded on request {query.data.attempt}</p>;
  return (
    <>
      <ErrorBanner {...errorBannerProps(query)} />
      <output className="status">{JSON.stringify(retryStatus(query) ?? null)}</output>
    </>
  );
}

function app(path: string): ReactNode {
  const client = new QueryClient({ defaultOptions: { queries: { ...retryOptions(), gcTime: 0 } } });
  return (
    <QueryClientProvider client={client}>
      <ApiErrorProvider>
        <Report path={path} />
      </ApiErrorProvider>
    </QueryClientProvider>
  );
}

describe('retry feedback (real Chromium, real server)', () => {
  it('503 + Retry-After: 1 twice, then 200: "attempt 1 of 3", "attempt 2 of 3", then the data', async () => {
    const host = await mount(app('/api/scenario/error-object-unavailable?retryAfter=1&succeedAfter=2'));
    const lines = await watch(host, '.rae-retrying', () => host.querySelector('.data') !== null);
    expect(host.querySelector('.data')?.textContent).toBe('Loaded on request 3');
    expect(host.querySelector('.rae-banner')).toBeNull();
    const attempts = lines.map((l) => /attempt (\d) of (\d)/.exec(l)?.slice(1).join('/')).filter((x) => x !== undefined);
    expect([...new Set(attempts)]).toEqual(['1/3', '2/3']);
    expect(lines.some((l) => l.startsWith('Trying again: attempt 1 of 3'))).toBe(true);
  }, 60_000);

  it('while retrying the banner is a polite status, without its own "Try again", with the countdown hidden from screen readers but said once', async () => {
    const host = await mount(app('/api/scenario/error-object-unavailable?retryAfter=4&succeedAfter=1'));
    await expect.poll(() => host.querySelector('.rae-next-try'), { timeout: 20_000 }).not.toBeNull();
    const banner = host.querySelector('.rae-banner') as HTMLElement;
    expect(banner.getAttribute('role')).toBe('status');
    expect(banner.getAttribute('aria-live')).toBe('polite');
    expect(banner.dataset.state).toBe('retrying');
    expect(banner.querySelector('.rae-retry')).toBeNull();
    expect(banner.querySelector('.rae-title')?.textContent).toBeTruthy();
    expect(banner.querySelector('.rae-retrying')?.textContent).toContain('Trying again: attempt 1 of 3');
    const ticking = banner.querySelector('.rae-next-try') as HTMLElement;
    expect(ticking.getAttribute('aria-hidden')).toBe('true');
    expect(getComputedStyle(ticking).fontVariantNumeric).toBe('tabular-nums');
    const spoken = ticking.nextElementSibling as HTMLElement;
    const said = spoken.textContent ?? '';
    expect(said).toMatch(/^Next try in [1-4] seconds?$/);
    expect(getComputedStyle(spoken).position).toBe('absolute');
    // The visible figure counts down; what a screen reader was given stays as it was said.
    const first = Number(/\d+/.exec(ticking.textContent ?? '')?.[0]);
    await expect.poll(() => Number(/\d+/.exec(ticking.textContent ?? '')?.[0] ?? 0), { timeout: 20_000 }).toBeLessThan(first);
    expect(spoken.textContent).toBe(said);
    expect(JSON.parse(host.querySelector('.status')?.textContent ?? 'null')).toMatchObject({ attempt: 1, maxAttempts: 3 });
    await expect.poll(() => host.querySelector('.data')?.textContent, { timeout: 20_000 }).toBe('Loaded on request 2');
  }, 60_000);

  it('a 400 is never retried and never shows "trying again": the error, at once', async () => {
    const host = await mount(app('/api/scenario/bad-request-400'));
    const lines = await watch(host, '.rae-retrying', () => host.querySelector('.rae-banner[role="alert"]') !== null);
    expect(lines).toEqual([]);
    const banner = host.querySelector('.rae-banner') as HTMLElement;
    expect(banner.dataset.state).toBe('ready');
    expect(host.querySelector('.status')?.textContent).toBe('null');
    const hits = (await (await fetch(`${base}/api/hits`)).json()) as Record<string, number>;
    expect(hits['/api/scenario/bad-request-400']).toBe(1);
  }, 60_000);

  it('retries exhausted: the final error with "Try again", no retry line', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { ...retryOptions({ maxRetries: 1, baseDelayMs: 10 }), gcTime: 0 } } });
    const host = await mount(
      <QueryClientProvider client={client}>
        <ApiErrorProvider>
          <Report path="/api/scenario/server-500" />
        </ApiErrorProvider>
      </QueryClientProvider>,
    );
    await expect.poll(() => host.querySelector('.rae-retry') !== null, { timeout: 20_000 }).toBe(true);
    expect(host.querySelector('.rae-retrying')).toBeNull();
    const hits = (await (await fetch(`${base}/api/hits`)).json()) as Record<string, number>;
    expect(hits['/api/scenario/server-500']).toBe(2);
  }, 60_000);
});

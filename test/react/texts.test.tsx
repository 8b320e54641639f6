/**
 * Every code, category and status, rendered in every locale: the status texts reach the screen
 * (ahead of their category), nothing outside `en` is English, and the key chain never lets a status
 * override a more specific category (a 401 that is a session expiry keeps the session text).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiErrorProvider, ErrorBanner, ERROR_CATEGORIES, categoryFromStatus, describeError, normalizeError, pseudoLocale, supportedLocales, textKeys, type ApiError } from '../../src/index.js';

type Tree = { [k: string]: string | Tree };
type Pair = { title: string; message: string };
const load = (lng: string): Tree => JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', `${lng}.json`), 'utf8')) as Tree;
const LOCALES = [...supportedLocales, pseudoLocale];
const en = load('en');
const codes = en.codes as Record<string, Record<string, Pair>>;
const statuses = Object.keys(en.status as Tree).map(Number);

/** An ApiError as the normalizer gives it, with the text key of a code (a normalized ApiError passes through unchanged). */
function withKey(key: string, status: number): ApiError {
  const base = normalizeError({ status, body: null });
  return { ...base, messageKeys: [key], code: key.split('.').pop() as string };
}

/** One real input per category: responses for the HTTP ones, what browsers throw for the rest. */
function inputFor(category: string): unknown {
  switch (category) {
    case 'validation': return { status: 422, body: null };
    case 'bad-request': return { status: 400, body: null };
    case 'unauthenticated': return { status: 401, body: null };
    case 'session-expired': return { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token", error_description="The access token expired"' }, body: null };
    case 'forbidden': return { status: 403, body: null };
    case 'not-found': return { status: 404, body: null };
    case 'conflict': return { status: 409, body: null };
    case 'rate-limited': return { status: 429, body: null };
    case 'server': return { status: 500, body: null };
    case 'unavailable': return { status: 503, body: null };
    case 'timeout': return new DOMException('signal timed out', 'TimeoutError');
    case 'network': return new TypeError('Failed to fetch');
    case 'cancelled': return new DOMException('signal is aborted without reason', 'AbortError');
    default: return new Error('Something unexpected happened');
  }
}

describe.each(LOCALES.map((l) => [l]))('every text reaches the screen in %s', (lng) => {
  const tree = load(lng);
  const texts = (path: string[]): Pair => {
    let cur: Tree | string | undefined = tree;
    for (const p of path) cur = typeof cur === 'object' ? cur[p] : undefined;
    return cur as unknown as Pair;
  };
  const english = lng === 'en' ? undefined : en;

  it('every seed code: its own title and message', () => {
    for (const [dialect, table] of Object.entries(codes)) {
      for (const code of Object.keys(table)) {
        const model = describeError(withKey(`${dialect}.${code}`, 400), { locale: lng });
        expect(model.title, `${dialect}.${code}`).toBe(texts(['codes', dialect, code]).title);
        expect(model.message, `${dialect}.${code}`).toBe(texts(['codes', dialect, code]).message);
        if (english) expect(model.title, `${dialect}.${code} in English`).not.toBe(table[code]?.title);
      }
    }
  });

  it('every category: its title and message', () => {
    for (const category of ERROR_CATEGORIES) {
      const model = describeError(inputFor(category), { locale: lng });
      expect(model.category, category).toBe(category);
      expect(model.title, category).toBe(texts(['category', category]).title);
      expect(model.message, category).toBe(texts(['category', category]).message);
      if (english) expect(model.message, `${category} in English`).not.toBe((en.category as Record<string, Pair>)[category]?.message);
    }
  });

  it("every status with a text of its own: that text, not its category's", () => {
    for (const status of statuses) {
      const model = describeError({ status, body: null }, { locale: lng });
      const own = texts(['status', String(status)]);
      const category = texts(['category', model.category]);
      expect(model.category, String(status)).toBe(categoryFromStatus(status));
      expect(model.title, String(status)).toBe(own.title);
      expect(model.message, String(status)).toBe(own.message);
      expect(own.title, `${status} repeats its category`).not.toBe(category.title);
      expect(own.message, `${status} repeats its category`).not.toBe(category.message);
    }
  });

  it('server render: the provider with only a locale renders this language (contract)', () => {
    const html = renderToStaticMarkup(
      <ApiErrorProvider locale={lng}>
        <ErrorBanner error={{ status: 413, body: null }} />
      </ApiErrorProvider>,
    );
    expect(html).toContain(escape(texts(['status', '413']).title));
    if (english) expect(html).not.toContain(escape((en.status as Record<string, Pair>)['413']?.title ?? ''));
  });
});

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

describe('the key chain', () => {
  it('code, then the status (only in the category it implies), then the category, then generic', () => {
    const session = normalizeError(inputFor('session-expired'));
    expect(session.status).toBe(401);
    expect(textKeys(session, 'title')).toEqual(['category.session-expired.title', 'generic.title']);
    expect(textKeys(normalizeError({ status: 413, body: null }), 'message')).toEqual(['status.413.message', 'category.bad-request.message', 'generic.message']);
    const rateLimited403 = normalizeError({ status: 403, headers: { 'x-ratelimit-remaining': '0' }, body: null });
    expect(rateLimited403.category).toBe('rate-limited');
    expect(textKeys(rateLimited403, 'title')).not.toContain('status.403.title');
  });
  it('413 says to send less (never to reload); 501 does not offer a retry', () => {
    const big = describeError({ status: 413, body: null });
    expect(big.title).toBe('What you sent is too large');
    expect(big.message).not.toMatch(/reload/i);
    const notBuilt = describeError({ status: 501, body: null });
    expect(notBuilt.title).toBe("This feature isn't available");
    expect(notBuilt.actions).not.toContain('retry');
  });
  it('sign-in wording: "Sign in" when not signed in, "Sign in again" when a session expired', () => {
    const first = renderToStaticMarkup(
      <ApiErrorProvider onSignIn={() => undefined} renderSessionDialog={false}>
        <ErrorBanner error={{ status: 401, body: null }} />
      </ApiErrorProvider>,
    );
    expect(first).toContain('>Sign in<');
    const again = renderToStaticMarkup(
      <ApiErrorProvider onSignIn={() => undefined} renderSessionDialog={false}>
        <ErrorBanner error={inputFor('session-expired')} />
      </ApiErrorProvider>,
    );
    expect(again).toContain('>Sign in again<');
  });
  it("counts are formatted with the locale's Intl.NumberFormat and its plural rules", () => {
    const seconds = (locale: string, n: number): string => {
      const html = renderToStaticMarkup(
        <ApiErrorProvider locale={locale}>
          <ErrorBanner error={{ status: 429, headers: { 'retry-after': String(n) }, body: null }} />
        </ApiErrorProvider>,
      );
      return /class="rae-wait"[^>]*><span[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
    };
    expect(seconds('en', 1)).toBe('The service asked us to wait 1 second before trying again.');
    expect(seconds('en', 1200)).toBe('The service asked us to wait 1,200 seconds before trying again.');
    expect(seconds('de', 1200)).toBe('Der Dienst hat uns gebeten, vor einem neuen Versuch 1.200 Sekunden zu warten.');
    expect(seconds('ru', 3)).toContain('3 секунды');
    expect(seconds('ru', 5)).toContain('5 секунд');
    expect(seconds('pl', 22)).toContain('22 sekundy');
    expect(seconds('pl', 25)).toContain('25 sekund');
    expect(seconds('ar', 2)).toContain('ثانيتين');
    expect(seconds('ar', 3)).toContain(`${new Intl.NumberFormat('ar').format(3)} ثوانٍ`);
    expect(seconds('he', 2)).toContain('שתי שניות');
  });
});

/**
 * The browser path: only English is there at start (as `react-api-errors/locales` resolves for
 * browsers); another locale loads on demand, with nothing shown in English meanwhile; a locale passed
 * in with `resources` (or registered) renders at once.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';
import ja from '../../locales/ja.json';
import zhTW from '../../locales/zh-TW.json';

vi.mock('../../src/react/locales/all.js', async () => ({ preloaded: { en: (await import('../../src/react/locales/en.js')).default } }));

const { ApiErrorProvider, ErrorBanner, FieldErrorList, SessionExpiredDialog, describeError, isLocaleLoaded, loadLocale, matchLocale, registerLocale, localeDirection, useApiErrorContext } = await import('../../src/index.js');

afterEach(cleanup);

const ERR009 = { status: 401, body: '{"code":"ERR009","message":"Session timeout"}' };

describe('locales on demand (the browser build: English only at start)', () => {
  it('starts with English alone', () => {
    expect(isLocaleLoaded('en')).toBe(true);
    expect(isLocaleLoaded('de')).toBe(false);
    expect(isLocaleLoaded('es')).toBe(false);
  });

  it('a locale passed in with `resources` renders at once, with no flash of English (also on the server)', () => {
    const tree = (
      <ApiErrorProvider locale="fr" resources={{ fr }}>
        <ErrorBanner error={ERR009} />
      </ApiErrorProvider>
    );
    expect(renderToStaticMarkup(tree)).toContain(fr.codes.microstrategy.ERR009.title.replace(/'/g, '&#x27;'));
    render(tree);
    expect(screen.getByText(fr.codes.microstrategy.ERR009.title)).toBeInTheDocument();
    expect(screen.queryByText(en.codes.microstrategy.ERR009.title)).toBeNull();
    expect(isLocaleLoaded('fr')).toBe(false); // passed in, not registered globally
  });

  it('inline `resources={{ fr }}` keeps the same texts across re-renders (models and countdowns are not reset)', () => {
    const seen = new Set<unknown>();
    function Probe() {
      seen.add(useApiErrorContext().texts);
      return null;
    }
    const { rerender } = render(
      <ApiErrorProvider locale="fr" resources={{ fr }}>
        <Probe />
      </ApiErrorProvider>,
    );
    for (let i = 0; i < 3; i++) {
      rerender(
        <ApiErrorProvider locale="fr" resources={{ fr }}>
          <Probe />
        </ApiErrorProvider>,
      );
    }
    expect(seen.size).toBe(1);
    rerender(
      <ApiErrorProvider locale="ja" resources={{ ja }}>
        <Probe />
      </ApiErrorProvider>,
    );
    expect(seen.size).toBe(2);
  });

  it('describeError takes `resources` too', () => {
    expect(describeError(ERR009, { locale: 'ja', resources: { ja } }).title).toBe(ja.codes.microstrategy.ERR009.title);
  });

  it('a locale that is not here loads its own chunk; nothing renders in English meanwhile', async () => {
    const { container } = render(
      <ApiErrorProvider locale="de-AT">
        <ErrorBanner error={ERR009} />
        <FieldErrorList error={{ status: 422, body: { errors: { email: ['The email has already been taken.'] }, message: 'x' } }} />
        <SessionExpiredDialog open />
      </ApiErrorProvider>,
    );
    expect(container.textContent).toBe('');
    expect(document.body.textContent).not.toContain(en.ui.sessionExpiredTitle);
    await vi.waitFor(() => expect(container.querySelector('.rae-title')?.textContent).toBe(de.codes.microstrategy.ERR009.title));
    expect(container.querySelector('[data-field="email"]')?.textContent).toContain('The email has already been taken.');
    expect(screen.getByRole('dialog')).toHaveTextContent(de.ui.sessionExpiredTitle);
    expect(isLocaleLoaded('de')).toBe(true);
  });

  it('loadLocale before the first render: then it renders at once; registerLocale does the same synchronously', async () => {
    await expect(loadLocale('zh-Hant-HK')).resolves.toBe(true);
    render(
      <ApiErrorProvider locale="zh-HK">
        <ErrorBanner error={ERR009} />
      </ApiErrorProvider>,
    );
    expect(screen.getByText(zhTW.codes.microstrategy.ERR009.title)).toBeInTheDocument();
    cleanup();
    registerLocale('es', { codes: { microstrategy: { ERR009: { title: 'Registrado', message: 'Registrado.' } } } });
    render(
      <ApiErrorProvider locale="es-MX">
        <ErrorBanner error={ERR009} />
      </ApiErrorProvider>,
    );
    expect(screen.getByText('Registrado')).toBeInTheDocument();
    // Keys the registered table lacks fall back by language, then English.
    expect(screen.getByText(en.ui.details)).toBeInTheDocument();
  });

  it('a locale we do not ship falls back to English at once (no waiting), with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(loadLocale('sw')).resolves.toBe(false);
    render(
      <ApiErrorProvider locale="sw">
        <ErrorBanner error={ERR009} />
      </ApiErrorProvider>,
    );
    expect(screen.getByText(en.codes.microstrategy.ERR009.title)).toBeInTheDocument();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('the provider switches language when its locale changes', async () => {
    const { rerender } = render(
      <ApiErrorProvider locale="en">
        <ErrorBanner error={ERR009} />
      </ApiErrorProvider>,
    );
    expect(screen.getByText(en.codes.microstrategy.ERR009.title)).toBeInTheDocument();
    await act(async () => {
      rerender(
        <ApiErrorProvider locale="he">
          <ErrorBanner error={ERR009} />
        </ApiErrorProvider>,
      );
    });
    const banner = await screen.findByRole('alert');
    await vi.waitFor(() => expect(banner).toHaveAttribute('dir', 'rtl'));
    expect(banner.textContent).not.toContain(en.codes.microstrategy.ERR009.title);
  });
});

describe('matchLocale: the region when we ship it, else the language, else nothing (English)', () => {
  it.each([
    ['pt-BR', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-PT'],
    ['pt-AO', 'pt-PT'],
    ['pt_MZ', 'pt-PT'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['EN-us', 'en'],
    ['en-XA', 'en-XA'],
    ['iw', 'he'],
    ['he-IL', 'he'],
    ['ar-EG', 'ar'],
    ['ko-KR', 'ko'],
    ['sw', undefined],
    ['', undefined],
    ['not a tag!', undefined],
  ])('%s → %s', (tag, expected) => {
    expect(matchLocale(tag)).toBe(expected);
  });
  it('Hebrew and Arabic are right-to-left', () => {
    expect(localeDirection('he')).toBe('rtl');
    expect(localeDirection('ar-EG')).toBe('rtl');
    expect(localeDirection('pt-BR')).toBe('ltr');
  });
});

// @vitest-environment node
/**
 * The built package (npm test builds before Vitest runs): Node and react-server get every locale
 * at once (package `exports` conditions), so a server render needs nothing but `locale`; a browser
 * bundle starts with English alone and loads each other locale as its own chunk; and the bytes an
 * English-only app adds stay within their budget (scripts/size-app.mjs builds the app with esbuild).
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without types
import { measure } from '../../scripts/size-app.mjs';

const root = join(import.meta.dirname, '../..');
const built = existsSync(join(root, 'dist/locales/all.js'));
type Tree = { codes: { microstrategy: { ERR009: { title: string } } } };
const title = (lng: string): string => (JSON.parse(readFileSync(join(root, 'locales', `${lng}.json`), 'utf8')) as Tree).codes.microstrategy.ERR009.title;
const LOCALES = ['en', 'en-XA', 'de', 'fr', 'es', 'ja', 'ar', 'it', 'pt-BR', 'pt-PT', 'nl', 'pl', 'ru', 'tr', 'ko', 'zh-CN', 'zh-TW', 'he'];

/** Budgets in bytes (min+gzip), set from the measured figures in the README. */
const BUDGET = { added: 36_000, react: 18_000, localeChunk: 7_500 };

interface Measured {
  addedGzip: number;
  coreGzip: number;
  reactGzip: number;
  startText: string;
  lazyChunks: { path: string; gzip: number; text: string }[];
}

describe.runIf(built)('locales in the built package', () => {
  it('Node: a server render with only locale="de" is German (the contract), every locale preloaded', () => {
    const script = `
      import { createElement as h } from 'react';
      import { renderToStaticMarkup } from 'react-dom/server';
      import { ApiErrorProvider, ErrorBanner, isLocaleLoaded } from 'react-api-errors';
      const html = renderToStaticMarkup(h(ApiErrorProvider, { locale: 'de' }, h(ErrorBanner, { error: { status: 401, body: '{"code":"ERR009","message":"Session timeout"}' } })));
      console.log(JSON.stringify({ html, loaded: ${JSON.stringify(LOCALES)}.filter((l) => isLocaleLoaded(l)) }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })) as { html: string; loaded: string[] };
    expect(out.html).toContain(title('de'));
    expect(out.html).not.toContain(title('en'));
    expect(out.loaded).toEqual(LOCALES);
  });

  it('react-server: every locale is in the bundle, no import() to wait for', async () => {
    const out = await build({
      stdin: { contents: "export { preloaded } from 'react-api-errors/locales';", resolveDir: root },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      conditions: ['react-server'],
      charset: 'utf8',
      logLevel: 'silent',
    });
    const text = out.outputFiles[0]?.text ?? '';
    for (const lng of LOCALES) expect(text, lng).toContain(JSON.stringify(title(lng)).slice(1, -1));
  });

  describe('a browser app that uses the provider, three components and retryOptions in English', async () => {
    const m = (await measure()) as Measured;
    it('starts with English only, and without i18next', () => {
      expect(m.startText.includes(title('en'))).toBe(true);
      for (const lng of LOCALES.filter((l) => l !== 'en')) expect(m.startText.includes(title(lng)), lng).toBe(false);
      expect(m.startText.includes("'i18next:'") || m.startText.includes('"i18next:"'), 'i18next is bundled').toBe(false); // only an app that calls createApiErrorI18n gets it
    });
    it('each other locale is its own chunk, holding that locale alone', () => {
      expect(m.lazyChunks).toHaveLength(LOCALES.length - 1);
      for (const lng of LOCALES.filter((l) => l !== 'en')) {
        const chunks = m.lazyChunks.filter((c) => c.text.includes(title(lng)));
        expect(chunks, lng).toHaveLength(1);
        const chunk = chunks[0] as Measured['lazyChunks'][number];
        for (const other of LOCALES.filter((l) => l !== lng && title(l) !== title(lng))) expect(chunk.text.includes(title(other)), `${lng} chunk holds ${other}`).toBe(false);
        expect(chunk.gzip, lng).toBeLessThanOrEqual(BUDGET.localeChunk);
      }
    });
    it(`adds at most ${BUDGET.added / 1000} kB min+gzip (the React side at most ${BUDGET.react / 1000} kB of it)`, () => {
      expect(m.addedGzip).toBeLessThanOrEqual(BUDGET.added);
      expect(m.reactGzip).toBeLessThanOrEqual(BUDGET.react);
      expect(m.coreGzip + m.reactGzip).toBe(m.addedGzip);
    });
  });
});

/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';

/** Debian's Chromium; Playwright downloads no browser here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = (name: string, contextOptions?: { viewport: { width: number; height: number } }) => ({
  enabled: true,
  headless: true,
  provider: playwright({
    ...(contextOptions ? { contextOptions } : {}),
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  }),
  instances: [{ browser: 'chromium' as const, name }],
});

const PEERS = ['react', 'react-dom', 'react/jsx-runtime', 'i18next', 'react-i18next', '@tanstack/react-query'];

/**
 * The React and react-query entries import the core through the package's own name
 * ('react-api-errors/core'), so an app that uses all three loads the core once and each entry's
 * size is its own code. In the sources they import '../core/index.js'; this plugin rewrites that
 * (library build only: `vite build --mode lib`, which `npm run build` runs).
 */
function coreAsPackage(): Plugin {
  const coreIndex = resolve(import.meta.dirname, 'src/core/index.ts');
  return {
    name: 'core-as-package',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || importer.startsWith(resolve(import.meta.dirname, 'src/core'))) return null;
      if (!source.endsWith('core/index.js')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === coreIndex ? { id: 'react-api-errors/core', external: true } : null;
    },
  };
}

/**
 * The locales: one entry per locale (`react-api-errors/locales/<lng>`, one chunk each), plus the
 * preloaded set the React entry imports as `react-api-errors/locales`, which package `exports`
 * conditions resolve to every locale for Node and react-server (`locales/all.js`) and to English
 * alone for browsers (`locales/browser.js`). In the sources (tests, Storybook) it is `all`.
 */
const LOCALE_ENTRIES = Object.fromEntries(
  readdirSync(resolve(import.meta.dirname, 'src/react/locales'))
    .filter((f) => f.endsWith('.ts') && f !== 'types.ts')
    .map((f) => [`locales/${f.slice(0, -3)}`, resolve(import.meta.dirname, 'src/react/locales', f)]),
);
function localesAsPackage(): Plugin {
  const all = resolve(import.meta.dirname, 'src/react/locales/all.ts');
  return {
    name: 'locales-as-package',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !importer.endsWith('src/react/i18n.ts')) return null;
      // import('./locales/de.js') → import('react-api-errors/locales/de'): each locale is the package's own entry.
      const lazy = /^\.\/locales\/([A-Za-z-]+)\.js$/.exec(source);
      if (lazy && lazy[1] !== 'all' && lazy[1] !== 'types') return { id: `react-api-errors/locales/${lazy[1]}`, external: true };
      if (!source.endsWith('locales/all.js')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === all ? { id: 'react-api-errors/locales', external: true } : null;
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), ...(mode === 'lib' ? [coreAsPackage(), localesAsPackage()] : []), dts({ include: ['src'], exclude: ['src/**/*.test.*'], entryRoot: 'src' })],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: resolve(import.meta.dirname, 'src/index.ts'),
        core: resolve(import.meta.dirname, 'src/core/index.ts'),
        'react-query': resolve(import.meta.dirname, 'src/react-query/index.ts'),
        // Its own file, so that an app that never calls createApiErrorI18n does not bundle i18next
        // (i18next declares no `sideEffects`, so a bundler keeps any module-level import of it).
        'react/i18next': resolve(import.meta.dirname, 'src/react/i18next.ts'),
        'react/i18n': resolve(import.meta.dirname, 'src/react/i18n.ts'),
        ...LOCALE_ENTRIES,
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => PEERS.some((p) => id === p || id.startsWith(`${p}/`)),
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}', 'test/visual/**'],
          environment: 'jsdom',
          globals: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.{ts,tsx}'],
          browser: browser('browser (chromium)'),
        },
      },
      {
        // Visual regression of every story (test/visual/): screenshots compared with committed
        // baselines, and layout checks. `npm run test:visual:update` rewrites the baselines.
        extends: true,
        test: {
          name: 'visual',
          include: ['test/visual/**/*.visual.test.{ts,tsx}'],
          testTimeout: 60_000,
          browser: {
            // A window wider and taller than any story's viewport, so Vitest never scales the page down.
            ...browser('visual (chromium)', { viewport: { width: 1400, height: 6000 } }),
            viewport: { width: 1280, height: 800 },
            expect: {
              toMatchScreenshot: {
                comparatorName: 'pixelmatch',
                // Large pages on a busy 2-core machine: a stable screenshot can take a while.
                timeout: 30_000,
                // Per pixel: a colour distance of 0.2 (YIQ) ignores anti-aliasing and sub-pixel
                // rendering drift between Chromium patch releases; per image: up to 1% of the pixels
                // may differ. A moved element, a changed size, colour or text goes well beyond both.
                comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.01 },
                resolveScreenshotPath: ({ root, arg, ext }) => `${root}/test/visual/baselines/${arg}${ext}`,
                resolveDiffPath: ({ root, arg, ext }) => `${root}/test/visual/.diffs/${arg}${ext}`,
              },
            },
          },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: resolve(import.meta.dirname, '.storybook') })],
        test: {
          name: 'storybook',
          browser: browser('storybook (chromium)'),
        },
      },
    ],
  },
}));

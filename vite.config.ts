/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import { readdirSync, readFileSync } from 'node:fs';
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

const PEERS = ['react', 'react-dom', 'react/jsx-runtime', 'i18next', 'react-i18next', '@tanstack/react-query', 'react-router', 'react-hook-form', '@tanstack/react-form'];

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
 * The same for the React entry: `react-api-errors/react-router` and the form adapters
 * (`react-api-errors/react-hook-form`, `react-api-errors/tanstack-form`) import '../index.js' in the
 * sources and 'react-api-errors' once built, so that they add only their own code and share the
 * provider's context with the app's `react-api-errors`.
 */
function mainAsPackage(): Plugin {
  const mainIndex = resolve(import.meta.dirname, 'src/index.ts');
  const dirs = ['src/react-router', 'src/forms'].map((d) => resolve(import.meta.dirname, d));
  return {
    name: 'main-as-package',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !dirs.some((d) => importer.startsWith(d)) || !source.endsWith('index.js')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === mainIndex ? { id: 'react-api-errors', external: true } : null;
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

/**
 * React Server Components: a file that uses client-only React (state, effects, context, portals)
 * starts with `'use client'`. Bundling drops module directives, so every module of `src/react/`
 * and `src/react-query/` is its own library entry (`dist/react/<name>.js`: what bundling would
 * merge stays apart), and each output file that holds a client module gets the directive back
 * (`output.banner`). The entries (`dist/index.js`...) carry none: they re-export, so a server
 * component can import `describeError` or `normalizeError` from them and render the client
 * components as client references. `clientBoundaries()` fails the build if a module that server
 * code imports was put in a file with the directive.
 */
const isClientSource = (file: string): boolean => /^(?:\s|\/\/[^\n]*\n|\/\*[^*]*\*\/)*(['"])use client\1/.test(readFileSync(file, 'utf8'));
const MODULE_ENTRIES: Record<string, string> = Object.fromEntries(
  ['react', 'react-query', 'react-router'].flatMap((dir) =>
    readdirSync(resolve(import.meta.dirname, 'src', dir))
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts') && f !== 'index.ts')
      .map((f) => [`${dir}/${f.replace(/\.tsx?$/, '')}`, resolve(import.meta.dirname, 'src', dir, f)]),
  ),
);
/** The form adapters: entries of their own (`react-api-errors/react-hook-form`...), client code (hooks) through and through. */
const FORM_ENTRIES = { 'react-hook-form': resolve(import.meta.dirname, 'src/forms/react-hook-form.ts'), 'tanstack-form': resolve(import.meta.dirname, 'src/forms/tanstack-form.ts') };
const CLIENT_MODULES = new Set([...Object.values(MODULE_ENTRIES), ...Object.values(FORM_ENTRIES)].filter(isClientSource));
const holdsClientCode = (moduleIds: readonly string[]): boolean => moduleIds.some((id) => CLIENT_MODULES.has(id));
/** Rolldown itself keeps the directive of an entry's own module (in its file or its re-exporting facade); the banner adds it elsewhere. */
const keepsOwnDirective = (chunk: { facadeModuleId: string | null }): boolean => chunk.facadeModuleId !== null && CLIENT_MODULES.has(chunk.facadeModuleId);
const DIRECTIVE = /^(['"])use client\1;?\n(?!(['"])use client)/;
function clientBoundaries(): Plugin {
  const clientFiles = new Set<string>();
  return {
    name: 'client-boundaries',
    apply: 'build',
    renderChunk(_code, chunk) {
      if (!holdsClientCode(chunk.moduleIds) && !keepsOwnDirective(chunk)) return null;
      clientFiles.add(chunk.fileName);
      for (const id of chunk.moduleIds) {
        if (CLIENT_MODULES.has(id)) continue;
        const serverImporter = this.getModuleInfo(id)?.importers.find((by) => !CLIENT_MODULES.has(by));
        if (serverImporter) {
          this.error(
            `${id} is bundled into ${chunk.fileName}, which gets 'use client', but ${serverImporter} (not a client module) imports it: ` +
              `make it its own entry (MODULE_ENTRIES in vite.config.ts) or break the import cycle that merges it.`,
          );
        }
      }
      return null;
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const client = clientFiles.has(file.preliminaryFileName);
        if (client !== DIRECTIVE.test(file.code)) {
          this.error(`${file.fileName} ${client ? 'holds client code but does not start with one' : 'holds no client code but starts with a'} 'use client' directive.`);
        }
      }
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), ...(mode === 'lib' ? [coreAsPackage(), mainAsPackage(), localesAsPackage(), clientBoundaries()] : []), dts({ include: ['src'], exclude: ['src/**/*.test.*'], entryRoot: 'src' })],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: resolve(import.meta.dirname, 'src/index.ts'),
        core: resolve(import.meta.dirname, 'src/core/index.ts'),
        'react-query': resolve(import.meta.dirname, 'src/react-query/index.ts'),
        'react-router': resolve(import.meta.dirname, 'src/react-router/index.ts'),
        ...FORM_ENTRIES,
        // Every module of src/react and src/react-query is its own file (see MODULE_ENTRIES): among
        // them react/i18next.js, so that an app that never calls createApiErrorI18n does not bundle
        // i18next (i18next declares no `sideEffects`, so a bundler keeps any module-level import of it).
        ...LOCALE_ENTRIES,
        ...MODULE_ENTRIES,
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => PEERS.some((p) => id === p || id.startsWith(`${p}/`)),
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        banner: (chunk) => (holdsClientCode(chunk.moduleIds) && !keepsOwnDirective(chunk) ? "'use client';" : ''),
      },
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
          exclude: ['test/**/*.browser.test.{ts,tsx}', 'test/compat/**', 'test/visual/**'],
          environment: 'jsdom',
          globals: true,
          sequence: { groupOrder: 0 },
        },
      },
      {
        // The packed package in real apps (next build, npm installs, other Node versions): heavy on
        // the CPU, so it runs after the other projects and never slows their timed checks.
        extends: true,
        test: {
          name: 'compat',
          include: ['test/compat/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.{ts,tsx}'],
          // Real node:http servers the tests in Chromium call (`inject('apiBase')`, `inject('formsApiBase')`).
          globalSetup: ['./test/browser-api-server.ts', './test/browser/api-server.ts'],
          browser: browser('browser (chromium)'),
          sequence: { groupOrder: 0 },
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
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
}));

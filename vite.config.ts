/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import { resolve } from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';

/** Debian's Chromium; Playwright downloads no browser here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = (name: string) => ({
  enabled: true,
  headless: true,
  provider: playwright({
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

export default defineConfig(({ mode }) => ({
  plugins: [react(), ...(mode === 'lib' ? [coreAsPackage()] : []), dts({ include: ['src'], exclude: ['src/**/*.test.*'], entryRoot: 'src' })],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: resolve(import.meta.dirname, 'src/index.ts'),
        core: resolve(import.meta.dirname, 'src/core/index.ts'),
        'react-query': resolve(import.meta.dirname, 'src/react-query/index.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => PEERS.some((p) => id === p || id.startsWith(`${p}/`)),
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
          exclude: ['test/**/*.browser.test.{ts,tsx}'],
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

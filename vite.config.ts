/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import { resolve } from 'node:path';

const PEERS = ['react', 'react-dom', 'react/jsx-runtime', 'i18next', 'react-i18next', '@tanstack/react-query'];

export default defineConfig({
  plugins: [react(), dts({ include: ['src'], exclude: ['src/**/*.test.*'], entryRoot: 'src' })],
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
    ],
  },
});

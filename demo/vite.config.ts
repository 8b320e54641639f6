import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const api = `http://127.0.0.1:${process.env.DEMO_API_PORT ?? 5174}`;
const src = resolve(import.meta.dirname, '../src');

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // The API's own address, for the one request that must not go through the dev proxy: a dropped
  // connection (the proxy would turn it into a 502). startDemo() sets it to the port it chose.
  define: { __DEMO_API__: JSON.stringify(api) },
  // The dashboard imports the library by its package name, as an app does; here the name points at the sources.
  resolve: {
    alias: [
      { find: /^react-api-errors\/core$/, replacement: resolve(src, 'core/index.ts') },
      { find: /^react-api-errors\/react-query$/, replacement: resolve(src, 'react-query/index.ts') },
      { find: /^react-api-errors$/, replacement: resolve(src, 'index.ts') },
    ],
  },
  server: { host: '127.0.0.1', port: Number(process.env.DEMO_PORT ?? 5173), proxy: { '/api': api } },
});

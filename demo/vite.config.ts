import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = `http://127.0.0.1:${process.env.DEMO_API_PORT ?? 5174}`;

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  server: { host: '127.0.0.1', port: Number(process.env.DEMO_PORT ?? 5173), proxy: { '/api': api } },
});

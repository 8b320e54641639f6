/// <reference types="vite/client" />
/**
 * `npm run demo`: a product dashboard ("Northwind Analytics") built on react-api-errors the way an
 * app uses it — imported by package name (demo/vite.config.ts points the name at src/), data from
 * the real demo server (demo/server.mjs) through react-query.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { queryClient } from './client.js';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}

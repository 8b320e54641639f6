/**
 * The bytes an English-only app adds by using the library: builds the same small app twice with
 * esbuild for browsers (bundled, minified, code-split ESM) — once with the provider, ErrorBanner,
 * FieldErrorList, SessionExpiredDialog and retryOptions, once with React and react-query alone —
 * and reports the gzipped difference of what loads at start, and each locale chunk on its own.
 * Run after `npm run build`: node scripts/size-app.mjs [--json]
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

const WITH = `
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiErrorProvider, ErrorBanner, FieldErrorList, SessionExpiredDialog } from 'react-api-errors';
import { retryOptions } from 'react-api-errors/react-query';
const client = new QueryClient({ defaultOptions: { queries: retryOptions() } });
const error = { status: 422, body: { message: 'x', errors: { email: ['The email has already been taken.'] } } };
createRoot(document.getElementById('root')).render(
  <QueryClientProvider client={client}>
    <ApiErrorProvider onSignIn={() => location.assign('/login')}>
      <ErrorBanner error={error} onRetry={() => client.refetchQueries()} />
      <FieldErrorList error={error} />
      <SessionExpiredDialog open={false} />
    </ApiErrorProvider>
  </QueryClientProvider>,
);`;

const WITHOUT = `
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
const client = new QueryClient({ defaultOptions: { queries: { retry: 3 } } });
const error = { status: 422, body: { message: 'x', errors: { email: ['The email has already been taken.'] } } };
createRoot(document.getElementById('root')).render(
  <QueryClientProvider client={client}>
    <div role="alert" onClick={() => client.refetchQueries()}>{JSON.stringify(error)}</div>
  </QueryClientProvider>,
);`;

/** The same app with the core's normalizeError in place of the React parts: what the React side adds on top of the core. */
const CORE_ONLY = `
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { normalizeError } from 'react-api-errors/core';
import { retryOptions } from 'react-api-errors/react-query';
const client = new QueryClient({ defaultOptions: { queries: retryOptions() } });
const error = { status: 422, body: { message: 'x', errors: { email: ['The email has already been taken.'] } } };
createRoot(document.getElementById('root')).render(
  <QueryClientProvider client={client}>
    <div role="alert" onClick={() => client.refetchQueries()}>{JSON.stringify(normalizeError(error))}</div>
  </QueryClientProvider>,
);`;

async function bundle(contents) {
  const out = await build({
    stdin: { contents, loader: 'tsx', resolveDir: root, sourcefile: 'app.tsx' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    outdir: '/virtual',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    charset: 'utf8',
    logLevel: 'silent',
  });
  const files = out.outputFiles.map((f) => ({ path: f.path.replace('/virtual/', ''), text: f.text, gzip: gzipSync(f.text, { level: 9 }).length }));
  const entry = files.find((f) => f.path === 'app.js' || f.path.startsWith('stdin'));
  // What loads at start: the entry and its static imports (chunks it imports), not the import() chunks.
  const start = new Set([entry.path]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of files.filter((x) => start.has(x.path))) {
      for (const m of f.text.matchAll(/(?:^|[;}])\s*import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+)["']/g)) {
        if (!start.has(m[1])) {
          start.add(m[1]);
          grew = true;
        }
      }
    }
  }
  const startFiles = files.filter((f) => start.has(f.path));
  return {
    files,
    start: startFiles,
    startGzip: gzipSync(startFiles.map((f) => f.text).join('\n'), { level: 9 }).length,
    startText: startFiles.map((f) => f.text).join('\n'),
  };
}

export async function measure() {
  const withLib = await bundle(WITH);
  const without = await bundle(WITHOUT);
  const coreOnly = await bundle(CORE_ONLY);
  const lazy = withLib.files.filter((f) => !withLib.start.includes(f));
  return {
    addedGzip: withLib.startGzip - without.startGzip,
    coreGzip: coreOnly.startGzip - without.startGzip,
    reactGzip: withLib.startGzip - coreOnly.startGzip,
    withGzip: withLib.startGzip,
    withoutGzip: without.startGzip,
    startText: withLib.startText,
    lazyChunks: lazy.map((f) => ({ path: f.path, gzip: f.gzip, text: f.text })),
  };
}

if (process.argv[1] === import.meta.filename) {
  const m = await measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ addedGzip: m.addedGzip, coreGzip: m.coreGzip, reactGzip: m.reactGzip, withGzip: m.withGzip, withoutGzip: m.withoutGzip, lazy: m.lazyChunks.map(({ path, gzip }) => ({ path, gzip })) }, null, 2));
  } else {
    const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
    console.log(`English-only app, start bundle (min+gzip): with the library ${kb(m.withGzip)}, without ${kb(m.withoutGzip)}: the library adds ${kb(m.addedGzip)}`);
    console.log(`Of that, the core (normalizeError + retryOptions alone) ${kb(m.coreGzip)}; the React side (components, texts, English) ${kb(m.reactGzip)}`);
    console.log(`Lazy chunks (${m.lazyChunks.length}): ${m.lazyChunks.map((c) => `${c.path} ${kb(c.gzip)}`).join(', ')}`);
  }
}

#!/usr/bin/env node
/**
 * `<ErrorBanner>` server renders per second: `renderToString(<ApiErrorProvider locale="de"><ErrorBanner
 * error={a 503 with Retry-After and a request id} onRetry/></ApiErrorProvider>)`, a new provider each
 * time, from the built package (dist/), in a fresh Node process per React build:
 *
 * - `NODE_ENV=production`: React's production build, what a deployed server runs;
 * - `NODE_ENV=development`: React's development build, what `node app.js` runs when NODE_ENV is unset
 *   (several times slower: React checks and warns as it renders).
 *
 * Each process warms up for 500 renders, then counts renders in 7 windows of 0.5 s of its own CPU
 * time (`process.cpuUsage()`); the median window is the figure (min and max beside it). CPU time,
 * because on a busy machine a wall-clock window also counts the time the process waited for a core
 * (the wall-clock rate is printed too, with the load average). Run: `npm run build && node scripts/bench-ssr.mjs`
 * (`npm run bench` runs it too).
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

if (process.argv[2] === '--child') {
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const lib = await import(join(root, 'dist/index.js'));
  const error = lib.normalizeError({
    status: 503,
    headers: { 'retry-after': '30', 'x-request-id': 'req-42' },
    body: '{"error":{"code":"SERVICE_UNAVAILABLE","message":"The service is temporarily unavailable. Please try again later."}}',
  });
  const render = () => renderToString(createElement(lib.ApiErrorProvider, { locale: 'de' }, createElement(lib.ErrorBanner, { error, onRetry: () => undefined })));
  for (let i = 0; i < 500; i++) render();
  // Windows of CPU time, not wall time: on a shared machine the process waits for a core, and a
  // wall-clock window counts that wait as render time. Both are reported.
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const windows = [];
  const wall = [];
  for (let w = 0; w < 7; w++) {
    let n = 0;
    const cpuStart = cpu();
    const wallStart = performance.now();
    while (cpu() - cpuStart < 500) {
      for (let k = 0; k < 20; k++) render();
      n += 20;
    }
    windows.push(n / ((cpu() - cpuStart) / 1000));
    wall.push(n / ((performance.now() - wallStart) / 1000));
  }
  windows.sort((a, b) => a - b);
  wall.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ median: windows[3], min: windows[0], max: windows[6], wall: wall[3], html: render().length }));
} else {
  const load = loadavg()[0].toFixed(1);
  console.log(`ErrorBanner server render (renderToString, de, new provider each time), Node ${process.version}, ${cpus().length} cores, load average ${load}`);
  for (const mode of ['production', 'development']) {
    const run = spawnSync(process.execPath, [import.meta.filename, '--child'], { env: { ...process.env, NODE_ENV: mode }, encoding: 'utf8' });
    if (run.status !== 0) {
      console.log(`  NODE_ENV=${mode}: failed (${run.stderr.trim().split('\n')[0] ?? ''}); build first: npm run build`);
      continue;
    }
    const r = JSON.parse(run.stdout);
    const f = (x) => Math.round(x).toLocaleString('en');
    console.log(`  NODE_ENV=${mode.padEnd(11)} ${f(r.median)} renders per CPU second (median of 7 windows of 0.5 CPU s; min ${f(r.min)}, max ${f(r.max)}); ${f(r.wall)} per wall-clock second at this load; ${r.html} bytes of HTML each`);
  }
}

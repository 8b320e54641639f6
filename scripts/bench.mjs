#!/usr/bin/env node
/**
 * `npm run bench`: normalizeError against JSON.parse of the same bodies (every fixture, then 1 MB and
 * 16 MB bodies), and ErrorBanner server renders per second (scripts/bench-ssr.mjs). Runs against the
 * built package in dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Bench } from 'tinybench';

const root = join(import.meta.dirname, '..');
const { normalizeError } = await import(join(root, 'dist/core.js'));

// ---- every fixture: the body as a string, as a client receives it ----
const fixtures = [];
for (const file of readdirSync(join(root, 'test/fixtures')).filter((f) => f.endsWith('.json'))) {
  for (const c of JSON.parse(readFileSync(join(root, 'test/fixtures', file), 'utf8'))) {
    const input = c.input;
    if (!input || typeof input !== 'object' || typeof input.status !== 'number') continue;
    const body = typeof input.body === 'string' ? input.body : input.body == null ? undefined : JSON.stringify(input.body);
    if (body === undefined || !(body.trimStart().startsWith('{') || body.trimStart().startsWith('['))) continue;
    fixtures.push({ status: input.status, headers: input.headers ?? {}, body });
  }
}

function bigBody(bytes) {
  const item = { id: 'a1b2c3d4', name: 'widget', tags: ['x', 'y'], price: 12.5, nested: { ok: true, n: null } };
  const one = JSON.stringify(item).length + 1;
  const items = Array.from({ length: Math.ceil(bytes / one) }, () => item);
  return JSON.stringify({ errors: [{ status: '422', code: 'invalid', title: 'Invalid Attribute', detail: 'must be positive', source: { pointer: '/data/attributes/price' } }], meta: { items } });
}
const oneMb = bigBody(1024 * 1024);
const sixteenMb = bigBody(16 * 1024 * 1024);

const time = Number(process.env.BENCH_TIME ?? 1000);
const bench = new Bench({ time, warmupTime: 200 });
bench
  .add(`JSON.parse × ${fixtures.length} fixtures`, () => {
    for (const f of fixtures) JSON.parse(f.body);
  })
  .add(`normalizeError × ${fixtures.length} fixtures`, () => {
    for (const f of fixtures) normalizeError(f);
  })
  .add('JSON.parse 1 MB', () => JSON.parse(oneMb))
  .add('normalizeError 1 MB', () => normalizeError({ status: 422, body: oneMb }))
  .add('JSON.parse 16 MB', () => JSON.parse(sixteenMb))
  .add('normalizeError 16 MB', () => normalizeError({ status: 422, body: sixteenMb }));

await bench.run();
console.table(bench.table());

// ---- each fixture alone (as an app that talks to one API sees it): the same ratio, summed ----
function perCall(fn, n) {
  for (let i = 0; i < n; i++) fn();
  const start = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - start) / n;
}
let aloneParse = 0;
let aloneNormalize = 0;
const calls = Math.max(500, Math.round(time * 3));
for (const f of fixtures) {
  aloneParse += perCall(() => JSON.parse(f.body), calls);
  aloneNormalize += perCall(() => normalizeError(f), calls);
}

const mean = (name) => bench.tasks.find((t) => t.name.startsWith(name))?.result?.latency?.mean ?? Number.NaN;
const ratio = (a, b) => (mean(a) / mean(b)).toFixed(2);
const perFixtureUs = (mean('normalizeError ×') / fixtures.length) * 1000;
console.log('');
console.log(`fixtures (${fixtures.length} JSON bodies): normalizeError / JSON.parse = ${ratio('normalizeError ×', 'JSON.parse ×')}× (target ≤ 3×); ${perFixtureUs.toFixed(2)} µs per error`);
console.log(`each fixture alone (one format at a time, as an app that talks to one API): normalizeError / JSON.parse = ${(aloneNormalize / aloneParse).toFixed(2)}×; ${((aloneNormalize / fixtures.length) * 1000).toFixed(2)} µs per error`);
console.log(`1 MB body:  normalizeError / JSON.parse = ${ratio('normalizeError 1 MB', 'JSON.parse 1 MB')}× (target ≤ 1.5×)`);
console.log(`16 MB body: normalizeError / JSON.parse = ${ratio('normalizeError 16 MB', 'JSON.parse 16 MB')}× (target ≤ 1.5×)`);
console.log(`growth 1 MB → 16 MB: JSON.parse ${ratio('JSON.parse 16 MB', 'JSON.parse 1 MB')}×, normalizeError ${ratio('normalizeError 16 MB', 'normalizeError 1 MB')}×`);

// ---- ErrorBanner server renders per second, in React's production and development builds ----
console.log('');
spawnSync(process.execPath, [join(root, 'scripts/bench-ssr.mjs')], { stdio: 'inherit' });

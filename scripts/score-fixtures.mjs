// Counts the fixture cases whose reading meets the ideal in `expected` (cases with a `gap` do not),
// per file and in all: `node scripts/score-fixtures.mjs [dir-or-file...] [-v]`.
// Default: test/fixtures and test/fixtures/frameworks. -v prints each gap.
import { build } from 'esbuild';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';

const out = join(tmpdir(), `rae-score-${process.pid}.mjs`);
await build({ entryPoints: ['src/core/index.ts'], bundle: true, format: 'esm', outfile: out, logLevel: 'error' });
const { normalizeError } = await import(pathToFileURL(out).href);
const args = process.argv.slice(2).filter((a) => a !== '-v');
const verbose = process.argv.includes('-v');
const paths = args.length ? args : ['test/fixtures', 'test/fixtures/frameworks'];
const files = paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.json')).map((f) => join(p, f)) : [p]));
const FULL = new Set(['fieldErrors', 'formErrors', 'codes']);
const same = (got, want) => {
  if (want === null) return got === undefined;
  if (typeof want !== 'object') return got === want;
  if (typeof got !== 'object' || got === null) return false;
  return Object.entries(want).every(([k, v]) => same(got[k], v));
};
let pass = 0;
let all = 0;
for (const f of files) {
  const cases = JSON.parse(readFileSync(f, 'utf8'));
  let ok = 0;
  for (const c of cases) {
    const now = c.now ? Date.parse(c.now) : Date.parse('2026-01-01T00:00:00Z');
    const r = normalizeError(c.input, { now: () => now });
    const bad = Object.entries(c.expected).filter(([k, want]) => !(FULL.has(k) ? JSON.stringify(r[k] ?? null) === JSON.stringify(want) : same(r[k], want)));
    if (bad.length === 0) ok++;
    else if (verbose) console.log(`  ${f} :: ${c.name}\n${bad.map(([k, w]) => `    ${k}: ${JSON.stringify(r[k])} (ideal ${JSON.stringify(w)})`).join('\n')}`);
  }
  console.log(`${f}: ${ok}/${cases.length}`);
  pass += ok;
  all += cases.length;
}
console.log(`${pass} of ${all} cases meet their ideal`);

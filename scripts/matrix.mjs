#!/usr/bin/env node
/**
 * `npm run matrix`: the packed package (npm pack, as users install it) against the peers and Node
 * versions it declares. For each set of peers, a temporary app gets `npm install <tarball> react@…
 * react-dom@… i18next@… @tanstack/react-query@…` (no --legacy-peer-deps: a version outside our
 * declared ranges fails the install), then a smoke test runs in it under each Node version: import
 * every entry, render <ErrorBanner> to a string with react-dom/server in German, normalizeError,
 * describeError, createApiErrorI18n, the react-query retry rule and createApiErrorQueryClient.
 * It prints a table and exits non-zero when any cell fails.
 *
 *   node scripts/matrix.mjs              the full matrix: React 18.0.0 with the oldest peers, then the newest
 *                                        React 18 and 19 × oldest/newest i18next × oldest/newest react-query
 *                                        (with React 19 the oldest is 5.52.1, the first whose own peers accept
 *                                        it), each under Node 20, 22 and 24
 *   node scripts/matrix.mjs --set=ci     what `npm test` runs (test/compat/matrix.test.ts): the newest peers
 *                                        under Node 20, 22 and 24, and the oldest peers (React 18) under Node 20
 *   --json                               one JSON line per cell instead of the table
 *
 * Node 22 and 24 come from the npm registry (the `node` package), cached under
 * <os.tmpdir()>/react-api-errors-matrix/node-<major>; Node 20 is the one running this script when
 * it is a 20 (else it is fetched the same way). dist/ must be built (`npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const set = (args.find((a) => a.startsWith('--set=')) ?? '--set=full').slice('--set='.length);
const json = args.includes('--json');
const cache = join(tmpdir(), 'react-api-errors-matrix');

/** The oldest and newest versions our peer ranges accept (package.json `peerDependencies`). */
const PEERS = {
  oldest: { react: '18.0.0', i18next: '23.0.0', '@tanstack/react-query': '5.0.0' },
  newest: { react: '19', i18next: 'latest', '@tanstack/react-query': '5' },
};
/** react-query's own peers accept React 19 from 5.52.1 on: the oldest react-query there is with React 19. */
const OLDEST_RQ_FOR_REACT_19 = '5.52.1';
const NODES = ['20', '22', '24'];

/** Peer sets: { name, react, i18next, rq, nodes }. */
function peerSets() {
  const { oldest, newest } = PEERS;
  if (set === 'ci') {
    return [
      { name: 'newest', react: newest.react, i18next: newest.i18next, rq: newest['@tanstack/react-query'], nodes: NODES },
      { name: 'oldest', react: oldest.react, i18next: oldest.i18next, rq: oldest['@tanstack/react-query'], nodes: ['20'] },
    ];
  }
  if (set !== 'full') throw new Error(`Unknown --set=${set}: use --set=full (the default) or --set=ci.`);
  const sets = [];
  for (const react of [oldest.react, '18', newest.react]) {
    for (const [iName, i18next] of [['oldest', oldest.i18next], ['newest', newest.i18next]]) {
      const oldestRq = react === newest.react ? OLDEST_RQ_FOR_REACT_19 : oldest['@tanstack/react-query'];
      for (const [qName, rq] of [['oldest', oldestRq], ['newest', newest['@tanstack/react-query']]]) {
        // React 18.0.0 with the oldest peers, the newest 18 and the newest 19 with every combination.
        if (react === oldest.react && (iName !== 'oldest' || qName !== 'oldest')) continue;
        sets.push({ name: `react@${react} i18next:${iName} react-query:${qName}`, react, i18next, rq, nodes: NODES });
      }
    }
  }
  return sets;
}

function run(cmd, argv, options = {}) {
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: 'pipe', ...options });
}

/** A Node binary of that major: this process's when it matches, else the `node` package from npm, cached. */
function nodeBinary(major) {
  if (process.versions.node.split('.')[0] === major) return process.execPath;
  const dir = join(cache, `node-${major}`);
  const bin = join(dir, 'node_modules', '.bin', 'node');
  if (existsSync(bin)) return bin;
  mkdirSync(cache, { recursive: true });
  const tmp = mkdtempSync(join(cache, `node-${major}-`));
  writeFileSync(join(tmp, 'package.json'), JSON.stringify({ name: `node-${major}`, private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `node@${major}`], { cwd: tmp, timeout: 300_000 });
  const version = run(join(tmp, 'node_modules', '.bin', 'node'), ['--version']).trim();
  if (!version.startsWith(`v${major}.`)) throw new Error(`npm's node@${major} gave ${version}`);
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another run cached it meanwhile
  }
  return bin;
}

function pack() {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const dir = mkdtempSync(join(tmpdir(), 'rae-matrix-pack-'));
  run('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  return join(dir, tarball);
}

const de = JSON.parse(readFileSync(join(root, 'locales', 'de.json'), 'utf8'));
const EXPECT = {
  expiredTitle: de.codes.microstrategy.ERR009.title,
  unavailableTitle: de.category.unavailable.title,
};

/** The smoke test, run inside the app under each Node version; prints one JSON line. */
const PROBE = `import { createRequire } from 'node:module';
import { createElement as h, version as reactVersion } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { QueryClient } from '@tanstack/react-query';
import * as main from 'react-api-errors';
import * as core from 'react-api-errors/core';
import * as rq from 'react-api-errors/react-query';
import { preloaded } from 'react-api-errors/locales';
import deTexts from 'react-api-errors/locales/de';

const expect = ${JSON.stringify(EXPECT)};
const require = createRequire(import.meta.url);
const checks = {};
const check = (name, fn) => {
  try {
    const r = fn();
    checks[name] = r === true ? true : 'returned ' + JSON.stringify(r);
  } catch (e) {
    checks[name] = String(e && e.stack || e).split('\\n').slice(0, 3).join(' | ');
  }
};
const expired = { status: 401, body: '{"code":"ERR009","message":"Session timeout"}' };
check('entries', () => typeof main.ErrorBanner === 'function' && main.normalizeError === core.normalizeError && typeof rq.retryOptions === 'function' && preloaded.de === deTexts);
check('banner (react-dom/server, de)', () => {
  const html = renderToStaticMarkup(h(main.ApiErrorProvider, { locale: 'de' }, h(main.ErrorBanner, { error: expired })));
  return html.includes(expect.expiredTitle) && /<details[^>]*>.*Session timeout/s.test(html);
});
check('normalizeError', () => {
  const e = core.normalizeError({ status: 503, headers: { 'Retry-After': '2' }, body: null });
  return e.category === 'unavailable' && e.retryable === true && e.retryAfterMs === 2000;
});
check('describeError (de)', () => main.describeError({ status: 503, body: null }, { locale: 'de' }).title === expect.unavailableTitle);
check('createApiErrorI18n (i18next)', () => main.createApiErrorI18n('de').t('codes.microstrategy.ERR009.title', { ns: main.NAMESPACE }) === expect.expiredTitle);
check('retry rule', () => {
  const { retry, retryDelay } = rq.retryOptions();
  return retry(0, { status: 503 }) && retry(2, new TypeError('Failed to fetch')) && !retry(3, { status: 503 }) && !retry(0, { status: 400 }) && retryDelay(0, { status: 429, headers: { 'retry-after': '5' } }) === 5000;
});
check('createApiErrorQueryClient', () => rq.createApiErrorQueryClient({ store: new core.ApiErrorStore() }) instanceof QueryClient);
console.log(JSON.stringify({
  node: process.versions.node,
  react: reactVersion,
  i18next: require('i18next/package.json').version,
  rq: require('@tanstack/react-query/package.json').version,
  checks,
}));
`;

function main() {
  const tarball = pack();
  const rows = [];
  try {
    for (const peers of peerSets()) {
      const app = mkdtempSync(join(tmpdir(), 'rae-matrix-app-'));
      try {
        writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'rae-matrix-app', private: true, type: 'module' }));
        writeFileSync(join(app, 'probe.mjs'), PROBE);
        let installError;
        try {
          run(
            'npm',
            ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball, `react@${peers.react}`, `react-dom@${peers.react}`, `i18next@${peers.i18next}`, `@tanstack/react-query@${peers.rq}`],
            { cwd: app, timeout: 300_000 },
          );
        } catch (e) {
          installError = `npm install failed: ${String(e.stderr || e.message).split('\n').filter(Boolean).slice(0, 6).join(' | ')}`;
        }
        for (const major of peers.nodes) {
          const row = { set: peers.name, nodeMajor: major, node: '', react: '', i18next: '', rq: '', checks: {}, ok: false, error: installError };
          if (!installError) {
            try {
              const out = JSON.parse(run(nodeBinary(major), ['probe.mjs'], { cwd: app, timeout: 120_000 }).trim().split('\n').pop());
              Object.assign(row, out);
              row.ok = out.node.startsWith(`${major}.`) && Object.values(out.checks).every((c) => c === true);
            } catch (e) {
              row.error = String(e.stderr || e.message).split('\n').filter(Boolean).slice(0, 6).join(' | ');
            }
          }
          rows.push(row);
          if (json) console.log(JSON.stringify(row));
        }
      } finally {
        rmSync(app, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(join(tarball, '..'), { recursive: true, force: true });
  }
  if (!json) printTable(rows);
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}

function printTable(rows) {
  const head = ['Node', 'React', 'i18next', 'react-query', 'result'];
  const body = rows.map((r) => [
    r.node || `${r.nodeMajor} (?)`,
    r.react || '?',
    r.i18next || '?',
    r.rq || '?',
    r.ok ? 'pass' : `FAIL ${r.error ?? Object.entries(r.checks).filter(([, v]) => v !== true).map(([k, v]) => `${k}: ${v}`).join('; ')}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => Math.min(String(b[i]).length, i === 4 ? 200 : 40))));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const b of body) console.log(line(b));
  console.log(`\n${rows.filter((r) => r.ok).length} of ${rows.length} passed`);
}

main();

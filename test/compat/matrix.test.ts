// @vitest-environment node
/**
 * The compatibility matrix's CI part (`node scripts/matrix.mjs --set=ci`): the packed package
 * installed by npm next to the newest peers (React 19, i18next, react-query 5) and run under
 * Node 20, 22 and 24, and next to the oldest peers our ranges accept (React 18.0.0, i18next 23.0.0,
 * react-query 5.0.0) under Node 20. Each cell imports every entry, server-renders the banner in
 * German, normalizes, describes, builds an i18next instance and applies the retry rule. The full
 * matrix (React 18/19 × oldest/newest i18next × oldest/newest react-query × Node 20/22/24) is
 * `npm run matrix`. Needs the npm registry (or its cache), which CI has.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './packed.js';

interface Row {
  set: string;
  nodeMajor: string;
  node: string;
  react: string;
  i18next: string;
  rq: string;
  checks: Record<string, true | string>;
  ok: boolean;
  error?: string;
}

describe.runIf(existsSync(join(repoRoot, 'dist/index.js')))('compatibility matrix (CI part)', () => {
  it('the packed package works with the newest peers on Node 20/22/24 and the oldest (React 18) on Node 20', () => {
    let out: string;
    try {
      out = execFileSync(process.execPath, [join(repoRoot, 'scripts/matrix.mjs'), '--set=ci', '--json'], { cwd: repoRoot, encoding: 'utf8', stdio: 'pipe', timeout: 580_000 });
    } catch (error) {
      out = (error as { stdout?: string }).stdout ?? '';
    }
    const rows = out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Row);
    for (const row of rows) expect(row.ok, `${row.set} on Node ${row.nodeMajor}: ${row.error ?? JSON.stringify(row.checks)}`).toBe(true);
    expect(rows.map((r) => `${r.set} ${r.node.split('.')[0]}`).sort()).toEqual(['newest 20', 'newest 22', 'newest 24', 'oldest 20']);
    expect(new Set(rows.map((r) => r.react.split('.')[0]))).toEqual(new Set(['18', '19']));
    const oldest = rows.find((r) => r.set === 'oldest');
    expect([oldest?.react.slice(0, 6), oldest?.i18next, oldest?.rq]).toEqual(['18.0.0', '23.0.0', '5.0.0']);
    for (const row of rows) expect(Object.keys(row.checks)).toHaveLength(7);
  }, 600_000);
});

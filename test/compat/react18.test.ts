// @vitest-environment node
/**
 * React 18 and 19: the packed package (npm pack, as users install it) is installed next to
 * react@18 in a temporary folder and server-renders German text there; the rest of the suite runs
 * on React 19. Needs the npm registry (or its cache), which CI has.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import de from '../../locales/de.json';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'rae-react18-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(existsSync(join(root, 'dist/index.js')))('React 18', () => {
  it('renders the packed package with react@18 (server render, German)', () => {
    execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, stdio: 'pipe' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'react18-probe', private: true, type: 'module' }));
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', `./${tarball}`, 'react@18.3.1', 'react-dom@18.3.1', 'i18next@26', '@tanstack/react-query@5'],
      { cwd: dir, stdio: 'pipe', timeout: 240_000 },
    );
    writeFileSync(
      join(dir, 'probe.mjs'),
      `import { createElement as h, version } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ApiErrorProvider, ErrorBanner } from 'react-api-errors';
import { retryOptions } from 'react-api-errors/react-query';
const html = renderToStaticMarkup(h(ApiErrorProvider, { locale: 'de' }, h(ErrorBanner, { error: { status: 401, body: '{"code":"ERR009","message":"Session timeout"}' } })));
console.log(JSON.stringify({ version, html, retry: retryOptions().retry(0, { status: 503 }) }));`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['probe.mjs'], { cwd: dir, encoding: 'utf8' })) as { version: string; html: string; retry: boolean };
    expect(out.version).toMatch(/^18\./);
    expect(out.html).toContain(de.codes.microstrategy.ERR009.title);
    expect(out.html).toContain('<details');
    expect(out.retry).toBe(true);
  }, 300_000);
});

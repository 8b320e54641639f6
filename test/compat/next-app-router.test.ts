// @vitest-environment node
/**
 * Next.js App Router (React Server Components): `next build` of a real app on the packed package.
 * Its page is a server component that renders `<ApiErrorProvider locale="de"><ErrorBanner/></ApiErrorProvider>`
 * (client components, rendered as client references), calls `describeError` and `normalizeError`
 * on the server, and renders a client component of its own that uses `useApiError`. The prerendered
 * HTML must hold the German texts. Without `'use client'` in dist/ this build fails
 * (`createContext is not a function` while Next collects the page's data).
 *
 * The app lives in a temporary folder outside the repository: the tarball unpacked as
 * node_modules/react-api-errors, next/react/react-dom/i18next linked from the repository's
 * node_modules (the pinned versions; `turbopack.root: '/'` lets Turbopack follow those links).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import { installTarball, linkFromRepo, packTarball, repoRoot } from './packed.js';

const app = mkdtempSync(join(tmpdir(), 'rae-next-app-'));
let tarball: string | undefined;
afterAll(() => {
  rmSync(app, { recursive: true, force: true });
  if (tarball) rmSync(dirname(tarball), { recursive: true, force: true });
});

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'rae-next-app-router', private: true, type: 'module' }),
  'next.config.mjs': `export default { turbopack: { root: '/' }, experimental: { turbopackFileSystemCacheForBuild: false } };\n`,
  'app/layout.jsx': `export default function RootLayout({ children }) {
  return (
    <html lang="de">
      <body>{children}</body>
    </html>
  );
}
`,
  // A server component: no 'use client'.
  'app/page.jsx': `import { ApiErrorProvider, ErrorBanner, describeError } from 'react-api-errors';
import { normalizeError } from 'react-api-errors/core';
import de from 'react-api-errors/locales/de';
import { Outage } from './outage.jsx';

const expired = { status: 401, body: '{"code":"ERR009","message":"Session timeout"}' };
const tooMany = { status: 429, headers: { 'retry-after': '30' }, body: null };

export default function Page() {
  const described = describeError(tooMany, { locale: 'de' });
  const normalized = normalizeError(tooMany);
  return (
    <main>
      <h1 id="described">{described.title}</h1>
      <p id="normalized">{\`\${normalized.category} \${normalized.retryAfterMs}\`}</p>
      <ApiErrorProvider locale="de">
        <ErrorBanner error={expired} />
        <Outage />
      </ApiErrorProvider>
      {/* The README's way: the locale's texts passed in, so they reach the browser with the page. */}
      <section id="with-resources">
        <ApiErrorProvider locale="de" resources={{ de }}>
          <ErrorBanner error={{ ...normalizeError(tooMany) }} />
        </ApiErrorProvider>
      </section>
    </main>
  );
}
`,
  // The app's own client component, using the library's hook.
  'app/outage.jsx': `'use client';
import { useState } from 'react';
import { useApiError } from 'react-api-errors';

export function Outage() {
  const [error] = useState({ status: 503, body: null });
  const model = useApiError(error);
  return <p id="outage">{model?.title}</p>;
}
`,
};

describe.runIf(existsSync(join(repoRoot, 'dist/index.js')))('Next.js App Router', () => {
  it('next build prerenders a server component with <ApiErrorProvider locale="de"><ErrorBanner/> in German', () => {
    tarball = packTarball('rae-next-pack-');
    installTarball(app, tarball);
    linkFromRepo(app, ['next', 'react', 'react-dom', 'i18next']);
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(app, file)), { recursive: true });
      writeFileSync(join(app, file), text);
    }
    const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CI: '1' };
    delete env.NODE_ENV; // Vitest's 'test' would make Next warn and build differently
    let log: string;
    try {
      log = execFileSync(process.execPath, [join(app, 'node_modules/next/dist/bin/next'), 'build'], { cwd: app, env, encoding: 'utf8', stdio: 'pipe', timeout: 280_000 });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      throw new Error(`next build failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`, { cause: error });
    }
    expect(log).toMatch(/Next\.js 16\./);
    const html = readFileSync(join(app, '.next/server/app/index.html'), 'utf8');
    const text = (id: string) => new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];

    // describeError and normalizeError ran in the server component.
    expect(text('described')).toBe(de.category['rate-limited'].title);
    expect(text('normalized')).toBe('rate-limited 30000');
    // The banner (a client component) was prerendered in German, the server's text in its details.
    expect(html).toContain(de.codes.microstrategy.ERR009.title);
    expect(html).toContain(de.codes.microstrategy.ERR009.message);
    expect(html).not.toContain(en.codes.microstrategy.ERR009.title);
    expect(html).toMatch(/<details[^>]*>.*Session timeout.*<\/details>/s);
    // The app's client component read the provider's locale through the hook.
    expect(text('outage')).toBe(de.category.unavailable.title);

    // A provider given resources and a plain copy of an ApiError, both from the server component.
    expect(/id="with-resources".*?<\/section>/s.exec(html)?.[0]).toContain(de.category['rate-limited'].title);
    // The German texts passed as resources travel to the browser in the page's RSC payload.
    expect(readFileSync(join(app, '.next/server/app/index.rsc'), 'utf8')).toContain(de.codes.microstrategy.ERR009.message);

    // The library's components are client references (they hydrate); describeError is not.
    const manifestDir = join(app, '.next/server/app');
    const manifest = readdirSync(manifestDir)
      .filter((f) => f.endsWith('client-reference-manifest.js'))
      .map((f) => readFileSync(join(manifestDir, f), 'utf8'))
      .join('\n');
    expect(manifest).toMatch(/react-api-errors\/dist\/(react|chunks)\/[^"]*\.js/);
    expect(manifest).toContain('ErrorBanner');
    expect(manifest).not.toContain('describeError');
  }, 300_000);
});

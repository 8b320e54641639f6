// @vitest-environment node
/**
 * React Server Components, the quick check (test/next/app-router.test.ts is the real one, with
 * `next build`): every module that uses client-only React starts with 'use client', in the sources
 * and in dist/ after bundling; the entries and the server-safe modules (describeError's) do not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
/** What `react` and `react-dom` export only outside react-server: hooks, context, portals, class components. */
const CLIENT_ONLY = /\b(?:use(?:State|Effect|LayoutEffect|InsertionEffect|Reducer|Ref|Context|SyncExternalStore|Transition|DeferredValue|Optimistic|ActionState|Id|Memo|Callback|ImperativeHandle)|createContext|createPortal|flushSync|Component|PureComponent)\b/;
const DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[^*]*\*\/)*(['"])use client\1/;

/** The names a file imports (values, not types) from react or react-dom. */
function reactValueImports(src: string): string[] {
  const names: string[] = [];
  for (const m of src.matchAll(/^import\s+(?!type\b)\{([^}]*)\}\s+from\s+['"](react|react-dom)['"]/gm)) {
    for (const part of (m[1] as string).split(',')) {
      const name = part.trim();
      if (name && !name.startsWith('type ')) names.push(name.split(/\s+as\s+/)[0] as string);
    }
  }
  return names;
}
const needsClient = (src: string): boolean => reactValueImports(src).some((n) => CLIENT_ONLY.test(n));

const walk = (dir: string, ext: RegExp): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name), ext) : ext.test(d.name) ? [join(dir, d.name)] : [])) : [];

describe('use client', () => {
  const sources = ['src/react', 'src/react-query', 'src/react-router', 'src/forms'].flatMap((d) => walk(join(root, d), /\.tsx?$/)).filter((f) => !f.includes('/locales/'));

  it('the reader tells client modules from server-safe ones', () => {
    expect(needsClient("import { useState, type ReactNode } from 'react';")).toBe(true);
    expect(needsClient("import { createPortal } from 'react-dom';")).toBe(true);
    expect(needsClient("import type { CSSProperties } from 'react';")).toBe(false);
    expect(needsClient("import { type ReactNode } from 'react';\nimport { normalizeError } from '../core/index.js';")).toBe(false);
  });

  it('every source module that uses client-only React starts with it; no other does', () => {
    const client = sources.filter((f) => needsClient(readFileSync(f, 'utf8')));
    expect(client.map((f) => relative(root, f))).toEqual(expect.arrayContaining(['src/react/ApiErrorProvider.tsx', 'src/react/ErrorBanner.tsx', 'src/react/SessionExpiredDialog.tsx']));
    for (const f of sources) {
      const src = readFileSync(f, 'utf8');
      expect(DIRECTIVE.test(src), `${relative(root, f)}: ${needsClient(src) ? "uses client-only React: start it with 'use client'" : "needs no 'use client' (server code imports it)"}`).toBe(needsClient(src));
    }
  });

  it('describeError’s module and its imports are server-safe', () => {
    for (const f of ['src/react/model.ts', 'src/react/i18n.ts', 'src/react/field-text.ts']) {
      const src = readFileSync(join(root, f), 'utf8');
      expect(needsClient(src), f).toBe(false);
      // Only types from react, react-dom or i18next (erased by the build).
      for (const m of src.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'(react|react-dom|i18next)'/gm)) expect(m[1], `${f} imports values from ${m[2]}`).toBeDefined();
    }
  });

  describe.runIf(existsSync(join(root, 'dist/index.js')))('in dist/', () => {
    const files = walk(join(root, 'dist'), /\.js$/);

    it('every built file that uses client-only React starts with it (bundling kept it)', () => {
      const client = files.filter((f) => needsClient(readFileSync(f, 'utf8')));
      expect(client.length).toBeGreaterThanOrEqual(5);
      for (const f of client) expect(DIRECTIVE.test(readFileSync(f, 'utf8')), relative(root, f)).toBe(true);
    });

    it('the entries and describeError’s module carry no directive, so a server component can call describeError and normalizeError', () => {
      for (const f of ['index.js', 'core.js', 'react-query.js', 'react/model.js', 'react/i18n.js', 'react/i18next.js', 'locales/all.js']) {
        expect(DIRECTIVE.test(readFileSync(join(root, 'dist', f), 'utf8')), f).toBe(false);
      }
    });

    it('the React entry takes the components from files with the directive', () => {
      const index = readFileSync(join(root, 'dist/index.js'), 'utf8');
      const fromClient: string[] = [];
      for (const m of index.matchAll(/^import \{([^}]*)\} from "(\.[^"]+)"/gm)) {
        if (!DIRECTIVE.test(readFileSync(join(root, 'dist', m[2] as string), 'utf8'))) continue;
        for (const part of (m[1] as string).split(',')) fromClient.push(part.trim().split(/\s+as\s+/).pop() as string);
      }
      for (const name of ['ApiErrorProvider', 'ErrorBanner', 'FieldErrorList', 'SessionExpiredDialog', 'useApiError']) expect(fromClient, name).toContain(name);
      for (const name of ['describeError', 'supportedLocales', 'matchLocale']) expect(fromClient, name).not.toContain(name);
    });
  });
});

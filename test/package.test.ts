// @vitest-environment node
/**
 * Checks on the built package (npm test builds before it runs Vitest): each entry imports only
 * what the contract allows and what package.json declares (peers that tell the truth), and
 * importing normalizeError alone pulls no React code.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareImports as importsOf, loadGraph } from './package-graph.js';

const root = join(import.meta.dirname, '..');
const dist = (f: string) => join(root, 'dist', f);
const built = existsSync(dist('core.js'));
const PEERS = ['react', 'react-dom', 'react/jsx-runtime', 'i18next', '@tanstack/react-query'];
interface Pkg {
  name: string;
  type: string;
  sideEffects: boolean;
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Pkg;

/** Every bare specifier an entry's file reaches at load, following its relative imports. */
const bareImports = (file: string): string[] => loadGraph(dist(file)).bare;

/**
 * The rule for peers: an entry may import an optional peer only when that peer is the framework
 * the entry is for (every user of the entry has it); any other peer it imports must be required.
 */
const FRAMEWORK: Record<string, readonly string[]> = {
  '.': ['react', 'react-dom'],
  './core': [],
  // react-query's own required peer is react: every user of this entry has it.
  './react-query': ['@tanstack/react-query', 'react'],
  './react-router': ['react', 'react-dom', 'react-router'],
  './react-hook-form': ['react', 'react-dom', 'react-hook-form'],
  './tanstack-form': ['react', 'react-dom', '@tanstack/react-form'],
  './locales': [],
  './locales/*': [],
};
/** The package a specifier names: 'react/jsx-runtime' → 'react', '@tanstack/react-query/x' → '@tanstack/react-query'. */
const packageOf = (id: string): string => id.split('/').slice(0, id.startsWith('@') ? 2 : 1).join('/');
/** The file an `exports` entry resolves to for `import` in Node (the default condition for the rest). */
function exportTarget(key: string): string | undefined {
  const target = pkg.exports[key];
  if (typeof target === 'string') return target;
  const t = target as Record<string, string> | undefined;
  return t?.node ?? t?.import ?? t?.default;
}
/** The entry key ('./core', './locales/*') a self-reference ('react-api-errors/core', 'react-api-errors/locales/de') goes through. */
function selfEntry(id: string): string | undefined {
  const sub = `.${id.slice(pkg.name.length)}`;
  if (pkg.exports[sub] !== undefined) return sub;
  return Object.keys(pkg.exports).find((k) => k.endsWith('/*') && sub.startsWith(k.slice(0, -1)));
}

describe.runIf(built)('built package', () => {
  it('core imports nothing (no React, i18next or react-query)', () => {
    expect(bareImports('core.js')).toEqual([]);
  });
  it('the React entry imports only React, i18next, the core and its locales', () => {
    const ids = bareImports('index.js');
    expect(ids).toEqual(expect.arrayContaining(['react', 'react-dom', 'react/jsx-runtime', 'i18next', 'react-api-errors/core', 'react-api-errors/locales']));
    for (const id of ids) expect(['react', 'react-dom', 'react/jsx-runtime', 'i18next', 'react-api-errors/core', 'react-api-errors/locales'].includes(id) || id.startsWith('react-api-errors/locales/'), id).toBe(true);
  });
  it('the react-query entry imports only react-query and the core', () => {
    for (const id of bareImports('react-query.js')) expect(['@tanstack/react-query', 'react-api-errors/core']).toContain(id);
  });
  it('the form adapters import only React and the React entry (their libraries only as types)', () => {
    for (const file of ['react-hook-form.js', 'tanstack-form.js']) expect(bareImports(file).sort()).toEqual(['react', 'react-api-errors']);
    for (const file of ['forms/react-hook-form.d.ts', 'forms/tanstack-form.d.ts']) expect(readFileSync(dist(file), 'utf8')).toMatch(/from '(react-hook-form|@tanstack\/react-form)'/);
  });
  it('tree-shaking: normalizeError from the React entry pulls no React code', async () => {
    const out = await build({
      stdin: { contents: "import { normalizeError } from 'react-api-errors'; console.log(normalizeError(null));", resolveDir: root },
      bundle: true,
      write: false,
      format: 'esm',
      external: PEERS,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.text ?? '';
    expect(code).toContain('normalizeError');
    expect(code).not.toMatch(/from "react"|from "i18next"|createContext|ErrorBanner/);
  });
  it('tree-shaking: createNormalizer with one dialect pulls no other dialect', async () => {
    const out = await build({
      stdin: {
        contents: "import { createNormalizer, problemDetailsDialect } from 'react-api-errors/core'; console.log(createNormalizer({ dialects: [problemDetailsDialect] }).normalizeError(null));",
        resolveDir: root,
      },
      bundle: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
    });
    const bundle = async (contents: string): Promise<string> =>
      (await build({ stdin: { contents, resolveDir: root }, bundle: true, write: false, format: 'esm', logLevel: 'silent' })).outputFiles[0]?.text ?? '';
    const lean = out.outputFiles[0]?.text ?? '';
    const full = await bundle("import { normalizeError } from 'react-api-errors/core'; console.log(normalizeError(null));");
    expect(lean).toContain('problem+json');
    // Names and documentation hosts that only other dialects carry: in the full bundle, not in the lean one.
    for (const other of ['twilio.com', 'ModelState', 'iServerCode', 'ThrottlingException', 'card_error', 'GRAPHQL_PARSE_FAILED']) {
      expect(full, other).toContain(other);
      expect(lean, other).not.toContain(other);
    }
    expect(lean.length).toBeLessThan(full.length / 2);
  });
  it('package.json declares ESM, sideEffects: false and the peers', () => {
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
    expect(Object.keys(pkg.peerDependencies ?? {}).sort()).toEqual(['@tanstack/react-form', '@tanstack/react-query', 'i18next', 'react', 'react-dom', 'react-hook-form', 'react-router']);
    // i18next: the React entry imports it at load (createApiErrorI18n), and it is not that entry's framework.
    expect(pkg.peerDependenciesMeta?.i18next?.optional).not.toBe(true);
  });
});

describe.runIf(built)('peers that tell the truth', () => {
  const entries = Object.keys(FRAMEWORK);
  it('every exports entry is covered by the rule', () => {
    expect(Object.keys(pkg.exports).filter((k) => k !== './package.json' && k !== './locales/*.json').sort()).toEqual([...entries].sort());
  });
  for (const entry of entries) {
    it(`${entry}: every bare import (static, re-export or import()) it reaches is declared, optional only if it is the entry's framework`, () => {
      const key = entry.endsWith('/*') ? entry.replace('*', 'de') : entry;
      const file = exportTarget(entry)?.replace('*', 'de');
      expect(file, key).toBeDefined();
      // Follow self-references too: the React entry loads 'react-api-errors/core' and the locales.
      const seen = new Set<string>();
      const queue = [resolve(root, file as string)];
      const found: { id: string; from: string; dynamic: boolean }[] = [];
      while (queue.length) {
        const f = queue.shift() as string;
        if (seen.has(f)) continue;
        seen.add(f);
        const graph = loadGraph(f);
        for (const f2 of graph.files) seen.add(f2);
        for (const hit of graph.hits) {
          if (hit.id === pkg.name || hit.id.startsWith(`${pkg.name}/`)) {
            const sub = selfEntry(hit.id);
            expect(sub, `${hit.id} (from ${hit.from}) is not in package.json exports`).toBeDefined();
            const target = exportTarget(sub as string);
            expect(target, hit.id).toBeDefined();
            const tail = hit.id.slice(pkg.name.length + (sub as string).length - 2);
            queue.push(resolve(root, (target as string).replace('*', (sub as string).endsWith('/*') ? tail : '')));
            continue;
          }
          found.push(hit);
        }
      }
      expect(seen.size).toBeGreaterThan(0);
      for (const { id, from, dynamic } of found) {
        const name = packageOf(id);
        const where = `${id} (${dynamic ? 'import()' : 'import'} in ${relative(root, from)})`;
        const declared = pkg.dependencies?.[name] ?? pkg.peerDependencies?.[name];
        expect(declared, `${where} is not in dependencies or peerDependencies`).toBeDefined();
        if (pkg.peerDependencies?.[name] && pkg.peerDependenciesMeta?.[name]?.optional) {
          expect(FRAMEWORK[entry], `${where}: the optional peer ${name} must be required, or not imported by ${key}`).toContain(name);
        }
      }
    });
  }
  it('the .d.ts files import only declared packages', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.d.ts') ? [join(dir, d.name)] : []));
    const files = walk(join(root, 'dist'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      for (const { id } of importsOf(readFileSync(f, 'utf8'), f)) {
        if (id === pkg.name || id.startsWith(`${pkg.name}/`)) continue;
        const name = packageOf(id);
        expect(pkg.dependencies?.[name] ?? pkg.peerDependencies?.[name], `${id} in ${relative(root, f)}`).toBeDefined();
      }
    }
  });
  it('the reader sees every kind of import', () => {
    const src = `import a from "a"; import { b } from 'b/x'; export * from "c"; export { d } from '@s/d'; import "e"; const f = () => import('f'); import x from "./rel.js"; import type { T } from 'g';`;
    expect(importsOf(src, join(dirname(dist('index.js')), 'x.js')).map((h) => `${h.id}${h.dynamic ? '()' : ''}`)).toEqual(['a', 'b/x', 'c', '@s/d', 'e', 'f()', 'g']);
  });
});

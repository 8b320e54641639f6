// @vitest-environment node
/**
 * Checks on the built package (npm test builds before it runs Vitest): each entry imports only
 * what the contract allows, and importing normalizeError alone pulls no React code.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const dist = (f: string) => join(root, 'dist', f);
const built = existsSync(dist('core.js'));
const PEERS = ['react', 'react-dom', 'react/jsx-runtime', 'i18next', 'react-i18next', '@tanstack/react-query'];

function bareImports(file: string): string[] {
  const src = readFileSync(dist(file), 'utf8');
  return [...src.matchAll(/^(?:import|export)[^'"]*from\s+"([^"./][^"]*)"/gm)].map((m) => m[1] as string);
}

describe.runIf(built)('built package', () => {
  it('core imports nothing (no React, i18next or react-query)', () => {
    expect(bareImports('core.js')).toEqual([]);
  });
  it('the React entry imports only React, i18next and the core', () => {
    for (const id of bareImports('index.js')) expect(['react', 'react-dom', 'react/jsx-runtime', 'i18next', 'react-api-errors/core']).toContain(id);
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
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
    expect(Object.keys(pkg.peerDependencies as object).sort()).toEqual(['@tanstack/react-form', '@tanstack/react-query', 'i18next', 'react', 'react-dom', 'react-hook-form', 'react-i18next']);
  });
});

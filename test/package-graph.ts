/**
 * A reader for the import graph of built files (for the package checks): every static import,
 * re-export, side-effect import and `import()` with a literal specifier, comments left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface ImportHit {
  /** The specifier as written: 'react', 'react-api-errors/core', './chunks/x.js'. */
  id: string;
  /** The file it is written in. */
  from: string;
  /** `import('…')` rather than a static import or re-export. */
  dynamic: boolean;
}

/** Block comments, and line comments that start a line (a `//` inside a string, as in a URL, stays). */
function withoutComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^[ \t]*\/\/[^\n]*$/gm, '');
}

/** Every import in `src` (bare and relative), in the order written. */
export function importsIn(src: string, from: string): ImportHit[] {
  const code = withoutComments(src);
  const hits: (ImportHit & { at: number })[] = [];
  const patterns: [RegExp, boolean][] = [
    // import x from 'a'; import { x } from 'a'; import type { T } from 'a'; export * from 'a'; export { x } from 'a'
    [/\b(?:import|export)\b[^;'"()]*?\bfrom\s*(['"])([^'"\n]+)\1/g, false],
    // import 'a' (side effects only)
    [/\bimport\s*(['"])([^'"\n]+)\1/g, false],
    // import('a')
    [/\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g, true],
  ];
  for (const [re, dynamic] of patterns) {
    for (const m of code.matchAll(re)) hits.push({ id: m[2] as string, from, dynamic, at: m.index });
  }
  return hits.sort((a, b) => a.at - b.at).map(({ id, from: f, dynamic }) => ({ id, from: f, dynamic }));
}

/** The bare (package) imports in `src`. */
export function bareImports(src: string, from: string): ImportHit[] {
  return importsIn(src, from).filter((h) => !h.id.startsWith('.') && !h.id.startsWith('/'));
}

/** A built file and every file it reaches through relative imports (static and dynamic), with their bare imports. */
export function loadGraph(entry: string): { files: string[]; hits: ImportHit[]; bare: string[] } {
  const files: string[] = [];
  const hits: ImportHit[] = [];
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift() as string;
    if (files.includes(file)) continue;
    if (!existsSync(file)) throw new Error(`${file} is imported but not in dist/`);
    files.push(file);
    for (const hit of importsIn(readFileSync(file, 'utf8'), file)) {
      if (hit.id.startsWith('.')) queue.push(resolve(dirname(file), hit.id));
      else hits.push(hit);
    }
  }
  return { files, hits, bare: [...new Set(hits.map((h) => h.id))] };
}

// @vitest-environment node
/**
 * Every ```ts and ```tsx block of README.md (indented ones in lists too) type-checks as an app's
 * module against the *built, packed* package: `npm pack` → unpacked as node_modules/react-api-errors
 * of a scratch app whose other dependencies are this repository's (react, @tanstack/react-query,
 * react-hook-form…), so `react-api-errors` resolves through the package's `exports` and `.d.ts`
 * exactly as in an app. Strict TypeScript, `jsx: react-jsx`, `moduleResolution: bundler`, and no
 * `skipLibCheck` (the package's own declarations are checked too).
 *
 * A block may opt out only with `<!-- not-checked: reason -->` on the line right before it.
 * The README's links stay inside the README (`#anchors` that exist) or are absolute URLs: the package
 * ships only dist/, locales/ and README.md, so a relative link to another file is dead on npm.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as reactHookForm from '../src/forms/react-hook-form.js';
import * as tanstackForm from '../src/forms/tanstack-form.js';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const built = existsSync(join(root, 'dist', 'index.js'));

export interface Block {
  /** 1-based line of the opening fence. */
  line: number;
  lang: 'ts' | 'tsx';
  code: string;
  /** The reason given by `<!-- not-checked: reason -->`, when the block opts out. */
  skip?: string;
}

/** Every fenced ts/tsx block, with its indentation removed. */
export function blocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i] ?? '');
    if (!open) continue;
    const indent = open[1]?.length ?? 0;
    const fence = open[2] ?? '```';
    const lang = open[3] ?? '';
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j] ?? '';
      if (l.trim().startsWith(fence) && l.trim().replace(/[`~]/g, '') === '') break;
      body.push(l.slice(Math.min(indent, l.length - l.trimStart().length)));
    }
    if (lang === 'ts' || lang === 'tsx' || lang === 'typescript') {
      let k = i - 1;
      while (k >= 0 && (lines[k] ?? '').trim() === '') k--;
      const marker = /^\s*<!--\s*not-checked:\s*(.*?)\s*-->\s*$/.exec(lines[k] ?? '');
      const block: Block = { line: i + 1, lang: lang === 'tsx' ? 'tsx' : 'ts', code: body.join('\n') };
      if (marker) block.skip = marker[1] ?? '';
      out.push(block);
    }
    i = j;
  }
  return out;
}

/** GitHub's heading anchors: lowercased, punctuation dropped, spaces to hyphens, duplicates numbered. */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!h) continue;
    const text = (h[1] ?? '').replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

/** Link targets of `[text](target)` and `<a href="target">` outside code. */
export function links(markdown: string): { target: string; line: number }[] {
  const out: { target: string; line: number }[] = [];
  let inFence = false;
  markdown.split('\n').forEach((line, i) => {
    if (/^\s*(`{3,}|~{3,})/.test(line)) inFence = !inFence;
    if (inFence) return;
    const text = line.replace(/`[^`]*`/g, '');
    for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push({ target: m[1] ?? '', line: i + 1 });
    for (const m of text.matchAll(/<a\s[^>]*href="([^"]+)"/g)) out.push({ target: m[1] ?? '', line: i + 1 });
  });
  return out;
}

describe('README links', () => {
  it('point inside the README (existing headings) or to absolute URLs, never to files the package does not ship', () => {
    const heads = anchors(readme);
    // A relative link is fine only to a file the package ships (package.json `files`: the README's screenshots).
    const files = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { files: string[] }).files;
    const shipped = (target: string): boolean =>
      existsSync(join(import.meta.dirname, '..', target)) && files.some((f) => target === f || target.startsWith(`${f}/`) || (f.endsWith('/*.png') && target.startsWith(f.slice(0, -5)) && target.endsWith('.png') && !target.slice(f.length - 5).includes('/')));
    const bad = links(readme).filter(({ target }) => (target.startsWith('#') ? !heads.has(target.slice(1)) : !/^(https?:|mailto:)/.test(target) && !shipped(target)));
    expect(bad).toEqual([]);
  });
  it('the checks work: a relative file link and a missing anchor are caught', () => {
    const md = '# Title\n\n[ok](#title) [file](CONTRIBUTING.md) [gone](#nope) [web](https://example.com) `[code](x.md)`\n';
    const heads = anchors(md);
    expect(links(md).filter(({ target }) => (target.startsWith('#') ? !heads.has(target.slice(1)) : !/^(https?:|mailto:)/.test(target))).map((l) => l.target)).toEqual(['CONTRIBUTING.md', '#nope']);
    expect(anchors('## `readError(error, options?)`\n## APIs no format covers: the structural reader\n## A\n## A\n')).toEqual(new Set(['readerrorerror-options', 'apis-no-format-covers-the-structural-reader', 'a', 'a-1']));
  });
  it('names every export of the form adapters', () => {
    for (const mod of [reactHookForm, tanstackForm]) {
      const missing = Object.keys(mod).filter((name) => !readme.includes(`\`${name}`) && !readme.includes(` ${name}(`));
      expect(missing).toEqual([]);
    }
  });
});

describe('README code blocks', () => {
  const all = blocks(readme);
  it('are found, indented ones too; an opt-out gives its reason', () => {
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(all.some((b) => b.code.includes('renderToStaticMarkup'))).toBe(true);
    for (const b of all.filter((x) => x.skip !== undefined)) expect(b.skip, `line ${b.line}`).not.toBe('');
    const md = 'x\n\n<!-- not-checked: a fragment -->\n```ts\nlet a = 1\n```\n\n- item\n  ```tsx\n  <b />\n  ```\n';
    expect(blocks(md)).toEqual([
      { line: 4, lang: 'ts', code: 'let a = 1', skip: 'a fragment' },
      { line: 9, lang: 'tsx', code: '<b />' },
    ]);
  });

  describe.runIf(built)('type-check against the packed package', () => {
    let app = '';
    beforeAll(() => {
      app = mkdtempSync(join(tmpdir(), 'rae-readme-'));
      const modules = join(app, 'node_modules');
      mkdirSync(modules);
      // The app's other dependencies: this repository's, linked.
      for (const name of readdirSync(join(root, 'node_modules'))) {
        if (name === '.bin' || name === 'react-api-errors') continue;
        symlinkSync(join(root, 'node_modules', name), join(modules, name));
      }
      // The package as npm would install it: the tarball `npm pack` makes, unpacked.
      const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', app], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop() ?? '';
      const target = join(modules, 'react-api-errors');
      mkdirSync(target);
      execFileSync('tar', ['-xzf', join(app, tarball), '-C', target, '--strip-components=1']);
    }, 120_000);
    afterAll(() => {
      if (app) rmSync(app, { recursive: true, force: true });
    });

    const checked = all.filter((b) => b.skip === undefined);
    it(`${checked.length} of ${all.length} blocks compile (strict, jsx react-jsx, moduleResolution bundler)`, () => {
      expect(existsSync(join(app, 'node_modules/react-api-errors/dist/index.d.ts'))).toBe(true);
      expect(existsSync(join(app, 'node_modules/react-api-errors/src'))).toBe(false);
      const files = checked.map((b) => {
        const file = join(app, `readme-line-${b.line}.${b.lang}`);
        writeFileSync(file, `${b.code}\n`);
        return { file, block: b };
      });
      const options: ts.CompilerOptions = {
        strict: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        moduleDetection: ts.ModuleDetectionKind.Force,
        jsx: ts.JsxEmit.ReactJSX,
        // As a Vite or Next.js app's tsconfig (Next.js' own types use ES2024's PromiseWithResolvers).
        lib: ['lib.esnext.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        types: [],
        noEmit: true,
        skipLibCheck: false,
        isolatedModules: true,
        esModuleInterop: true,
      };
      // A block that augments a module (`declare module`, `declare global`) changes types for every
      // file of its program: it gets a program of its own.
      const alone = (b: Block) => /\bdeclare\s+(module|global)\b/.test(b.code);
      const groups = [files.filter((f) => !alone(f.block)), ...files.filter((f) => alone(f.block)).map((f) => [f])].filter((g) => g.length > 0);
      const problems: string[] = [];
      for (const group of groups) {
        const program = ts.createProgram(
          group.map((g) => g.file),
          options,
        );
        for (const d of ts.getPreEmitDiagnostics(program)) {
          const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
          const own = group.find((g) => g.file === d.file?.fileName);
          if (own && d.file && d.start !== undefined) {
            const { line } = d.file.getLineAndCharacterOfPosition(d.start);
            problems.push(`README.md:${own.block.line + 1 + line}: TS${d.code} ${text}`);
          } else problems.push(`${d.file?.fileName ?? '(global)'}: TS${d.code} ${text}`);
        }
      }
      expect(problems).toEqual([]);
    }, 180_000);
  });
});

/**
 * Every regular expression in src/ runs in linear time. The test finds them itself (TypeScript's
 * parser: regex literals and `RegExp(...)` calls), so a new one cannot slip in untested, then
 * runs each against 10 kB and 100 kB adversarial strings: 10× the input may take at most ~30× the
 * time (linear is 10×; catastrophic backtracking is 100× and more).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

interface Found {
  where: string;
  re: RegExp | undefined;
  source: string;
}

function findRegexes(): Found[] {
  const out: Found[] = [];
  for (const file of files(SRC)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const where = `${relative(SRC, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const last = text.lastIndexOf('/');
        out.push({ where, source: text, re: new RegExp(text.slice(1, last), text.slice(last + 1).replace('g', '').replace('y', '')) });
      } else if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.expression.getText() === 'RegExp') {
        out.push({ where, source: node.getText(), re: undefined });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Inputs that make backtracking engines explode: long runs of one class, then a mismatch. */
function adversarial(n: number): string[] {
  n = Math.max(n, 6);
  return [
    'a'.repeat(n) + '!',
    ' '.repeat(n) + 'x',
    '\t \n'.repeat(Math.floor(n / 3)) + '\u0000',
    '0'.repeat(n) + 'x',
    '1.'.repeat(Math.floor(n / 2)) + '.',
    ',;'.repeat(Math.floor(n / 2)),
    '<'.repeat(n) + '>',
    '='.repeat(n),
    'aA0-_'.repeat(Math.floor(n / 5)) + '\uFFFF',
    `${'"'.repeat(Math.floor(n / 2))}\\`,
  ];
}

function best(fn: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const found = findRegexes();

describe('regular expressions in src/', () => {
  it('are built from literals only (a RegExp built from a string cannot be checked here)', () => {
    expect(found.filter((f) => f.re === undefined).map((f) => `${f.where} ${f.source}`)).toEqual([]);
  });

  it.each(found.filter((f) => f.re !== undefined).map((f) => [`${f.where} ${f.source}`, f.re as RegExp] as const))('%s is linear on 100 kB adversarial input', (_name, re) => {
    const run = (inputs: string[]) => () => {
      for (const s of inputs) {
        re.test(s);
        s.split(re);
        s.replace(new RegExp(re.source, `${re.flags}g`), '');
      }
    };
    // Staged, so that a catastrophic pattern fails fast instead of hanging the run:
    // exponential blow-up shows between 12 and 20 characters, polynomial between 100 and 400.
    // At 10 kB → 100 kB a linear pattern takes ~10× (split's arrays and GC make it up to ~30× on a
    // busy machine); a quadratic one takes 100×: 50× tells them apart without flaking.
    for (const [a, b, limit] of [[12, 20, 40], [100, 400, 12], [10_000, 100_000, 50]] as const) {
      const small = adversarial(a);
      const large = adversarial(b);
      run(small)();
      const ta = best(run(small));
      const tb = best(run(large));
      expect(tb, `${a} → ${b} characters`).toBeLessThan(Math.max(ta, 0.2) * limit);
    }
  });
});

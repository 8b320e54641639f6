/**
 * Every regular expression in src/ runs in linear time. The test finds them itself (TypeScript's
 * parser: regex literals and `RegExp(...)` calls), so a new one cannot slip in untested, then
 * has recheck's ReDoS analysis prove each one safe for a backtracking engine (no input makes it
 * super-linear). A decision, not a timing: it holds on a loaded machine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';
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

const found = findRegexes();

describe('regular expressions in src/', () => {
  it('are built from literals only (a RegExp built from a string cannot be checked here)', () => {
    expect(found.filter((f) => f.re === undefined).map((f) => `${f.where} ${f.source}`)).toEqual([]);
  });

  // recheck (https://makenowjust-labs.github.io/recheck/) decides, per pattern and flags, whether a backtracking
  // engine can take more than linear time on some input: an automaton analysis, then fuzzing for an attack
  // string. A pattern that is not `safe` comes back with the attack string that shows it.
  it.each(found.filter((f) => f.re !== undefined).map((f) => [`${f.where} ${f.source}`, f.re as RegExp] as const))('%s cannot backtrack badly', (_name, re) => {
    // Steps, not milliseconds: no time limit on matching (a loaded machine would turn slow matching into a
    // false "vulnerable"), a fixed seed for the fuzzer; the step limits (attackLimit...) decide.
    const r = checkSync(re.source, re.flags, { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, randomSeed: 20261201 });
    expect({ status: r.status, attack: r.status === 'vulnerable' ? r.attack.pattern : undefined }).toEqual({ status: 'safe', attack: undefined });
  });

  it('the check catches a pattern that backtracks badly (so a pass above means something)', () => {
    for (const source of ['^(a+)+$', '^(\\w+\\s?)*$', '(x|x)*y']) expect(checkSync(source, '').status, source).toBe('vulnerable');
  });
});

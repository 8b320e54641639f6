/**
 * Every shipped locale has the same keys as English, every code each seed API documents has its
 * own title and message in every locale, and no locale shows English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportedLocales } from '../src/react/i18n.js';

type Tree = { [k: string]: string | Tree };
const load = (lng: string): Tree => JSON.parse(readFileSync(join(import.meta.dirname, '../locales', `${lng}.json`), 'utf8')) as Tree;
const en = load('en');

/** Every code the seed documents, as text keys (dialect → codes). */
const SEED_CODES: Record<string, string[]> = {
  // shared/seeds/000 — MicroStrategy (canonical ERR + 3 digits)
  microstrategy: ['ERR001', 'ERR002', 'ERR003', 'ERR004', 'ERR005', 'ERR006', 'ERR007', 'ERR008', 'ERR009', 'ERR010', 'ERR013', 'ERR014', 'ERR015', 'ERR016', 'ERR017', 'ERR020', 'ERR021', 'ERR022', 'ERR023', 'ERR024'],
  // shared/seeds/001 — error_code 0–12
  'error-code': ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
  // shared/seeds/002 — Edgecast error types and Message texts
  edgecast: ['deleted-customer', 'invalid-customer-id', 'invalid-request-type', 'invalid-request-url', 'missing-required-fields', 'missing-token', 'insufficient-permissions', 'expired-token', 'invalid-user', 'access-denied', 'insufficient-access', 'invalid-case', 'endpoint-not-found', 'method-not-allowed', 'invalid_request', 'method-error'],
  // shared/seeds/003 — { error: { code } }
  'error-object': ['INVALID_REQUEST', 'UNAUTHENTICATED', 'PERMISSION_DENIED', 'RESOURCE_NOT_FOUND', 'RATE_LIMIT_EXCEEDED', 'INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE', 'INSUFFICIENT_BALANCE'],
  // shared/seeds/004 — errors[].errorCode
  'error-list': ['2006', '200601', '200602', '3001', '3002', '4003', '4004', '4005', '4006', '5000', '5001', '5002', '5003', '5004', '6001', '6002', '6003', '6004', '6005', '6006', '6007', '9001', '9002', '9003'],
};

/** Keys where the language's own word is spelled like the English one (Spanish "Error"). */
const SAME_WORD: Record<string, string[]> = { es: ['ui.severity.error'] };

const PLURAL = ['_zero', '_one', '_two', '_few', '_many', '_other'];
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}
function base(key: string): string {
  const suffix = PLURAL.find((p) => key.endsWith(p));
  return suffix ? key.slice(0, -suffix.length) : key;
}
function get(tree: Tree, path: string[]): string | undefined {
  let cur: string | Tree | undefined = tree;
  for (const p of path) cur = typeof cur === 'object' ? cur[p] : undefined;
  return typeof cur === 'string' ? cur : undefined;
}
function strings(tree: Tree): [string, string][] {
  return keys(tree).map((k) => [k, get(tree, k.split('.')) as string]);
}

describe.each(supportedLocales.map((l) => [l]))('locale %s', (lng) => {
  const tree = load(lng);

  it('has the same keys as English (plural suffixes per language)', () => {
    expect([...new Set(keys(tree).map(base))].sort()).toEqual([...new Set(keys(en).map(base))].sort());
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    for (const k of keys(en).filter((x) => x.endsWith('_other')).map(base)) {
      for (const c of categories) expect(get(tree, `${k}_${c}`.split('.')), `${k}_${c}`).toBeTypeOf('string');
    }
  });

  it('gives every seed code its own non-empty title and message', () => {
    for (const [dialect, codes] of Object.entries(SEED_CODES)) {
      for (const code of codes) {
        for (const part of ['title', 'message']) {
          const v = get(tree, ['codes', dialect, code, part]);
          expect(v?.trim(), `${dialect}.${code}.${part}`).toBeTruthy();
        }
      }
    }
  });

  it('uses only safe placeholders and no markup', () => {
    for (const [k, v] of strings(tree)) {
      expect(v, k).not.toMatch(/[<>]/);
      for (const m of v.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) expect(['count', 'field'], k).toContain(m[1]);
    }
  });

  if (lng !== 'en') {
    it('shows no English: no text equals its English counterpart', () => {
      const same = strings(tree).filter(([k, v]) => {
        if (SAME_WORD[lng]?.includes(k)) return false;
        const e = get(en, base(k).split('.')) ?? get(en, `${base(k)}_other`.split('.'));
        return e !== undefined && e === v && /[a-z]{3}/i.test(v);
      });
      expect(same.map(([k]) => k)).toEqual([]);
    });
  }

  if (lng === 'ar') {
    it('Arabic titles are in Arabic script', () => {
      for (const [k, v] of strings(tree).filter(([k]) => k.endsWith('.title'))) expect(v, k).toMatch(/[\u0600-\u06FF]/);
    });
  }
});

describe('English texts', () => {
  it('no two seed codes of one API share the same title and message', () => {
    for (const [dialect, codes] of Object.entries(SEED_CODES)) {
      const seen = new Map<string, string>();
      for (const code of codes) {
        const pair = `${get(en, ['codes', dialect, code, 'title'])}|${get(en, ['codes', dialect, code, 'message'])}`;
        expect(seen.get(pair), `${dialect}.${code} duplicates ${seen.get(pair)}`).toBeUndefined();
        seen.set(pair, code);
      }
    }
  });
  it('no jargon in what a person reads', () => {
    const texts = strings(en).filter(([k]) => k.startsWith('codes.') || k.startsWith('category.') || k.startsWith('status.') || k.startsWith('generic.'));
    for (const [k, v] of texts) expect(v, k).not.toMatch(/\b(ERR0\w*|IServer|entity|endpoint|payload|JSON|token|HTTP|API)\b/i);
  });
});

/**
 * Every shipped locale (and the en-XA pseudo-locale) has the same keys as English with the plural
 * forms its language needs, the same placeholders, no English left in it, and a translator note
 * for every key; the English copy follows the GOV.UK error-message rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pseudoLocale, supportedLocales } from '../src/react/i18n.js';
// @ts-expect-error a plain .mjs script without types
import { build as buildPseudo } from '../scripts/pseudo-locale.mjs';

type Tree = { [k: string]: string | Tree };
const dir = join(import.meta.dirname, '../locales');
const load = (lng: string): Tree => JSON.parse(readFileSync(join(dir, `${lng}.json`), 'utf8')) as Tree;
const en = load('en');
const LOCALES = [...supportedLocales, pseudoLocale];

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

/** Texts that are the same word in the language as in English (none today). */
const SAME_WORD: Record<string, string[]> = {};
/** Scripts that must carry a locale's titles (a title left in Latin letters would be English). */
const SCRIPT: Record<string, RegExp> = {
  ar: /[\u0600-\u06FF]/,
  he: /[\u0590-\u05FF]/,
  ja: /[\u3040-\u30FF\u4E00-\u9FFF]/,
  ko: /[\uAC00-\uD7AF]/,
  'zh-CN': /[\u4E00-\u9FFF]/,
  'zh-TW': /[\u4E00-\u9FFF]/,
  ru: /[\u0400-\u04FF]/,
};
/** Characters only Traditional (zh-TW) or only Simplified (zh-CN) Chinese use, a few common ones each. */
const TRADITIONAL_ONLY = /[們這個與為來時會後說過還對點開關錄認證號帳戶資訊無據請連線網]/;
const SIMPLIFIED_ONLY = /[们这个与为来时会后说过还对点开关录认证号账户资讯无据请连线网]/;

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
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => (m[1] ?? '').replace(/\s+/g, '')).sort();
}
/** The English text for a key (plural keys: the _other form). */
const english = (k: string): string | undefined => get(en, base(k).split('.')) ?? get(en, `${base(k)}_other`.split('.'));

describe.each(LOCALES.map((l) => [l]))('locale %s', (lng) => {
  const tree = load(lng);

  it('has the same keys as English, with every plural form its language needs', () => {
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

  it('uses only safe placeholders, the same ones as English (counts through Intl.NumberFormat), and no markup', () => {
    for (const [k, v] of strings(tree)) {
      expect(v, k).not.toMatch(/[<>]/);
      for (const p of placeholders(v)) expect(['count,number', 'limit,number', 'field', 'attempt,number', 'max,number'], k).toContain(p);
      // A plural form may spell its number out ("ثانيتين", "שתי שניות"); every other text keeps English's placeholders.
      const plural = k !== base(k) && !k.endsWith('_other');
      if (!plural) expect(placeholders(v), k).toEqual(placeholders(english(k) ?? ''));
    }
  });

  it('no title repeats its message, and a status text differs from its category text', () => {
    const walk = (t: Tree, path: string): void => {
      if (typeof t.title === 'string' && typeof t.message === 'string') expect(t.message, path).not.toBe(t.title);
      for (const [k, v] of Object.entries(t)) if (typeof v === 'object') walk(v, `${path}.${k}`);
    };
    walk(tree, lng);
    const status = tree.status as Record<string, Tree>;
    const categories = tree.category as Record<string, Tree>;
    for (const [code, texts] of Object.entries(status)) {
      for (const c of Object.values(categories)) {
        expect(texts.title, `status.${code}.title`).not.toBe(c.title);
        expect(texts.message, `status.${code}.message`).not.toBe(c.message);
      }
    }
  });

  if (lng !== 'en') {
    it('shows no English: no text equals its English counterpart', () => {
      const same = strings(tree).filter(([k, v]) => {
        if (SAME_WORD[lng]?.includes(k)) return false;
        const e = english(k);
        return e !== undefined && e === v && /[a-z]{3}/i.test(v);
      });
      expect(same.map(([k]) => k)).toEqual([]);
    });
  }

  const script = SCRIPT[lng];
  if (script) {
    it("every text is in the language's script", () => {
      for (const [k, v] of strings(tree).filter(([key]) => !key.startsWith('ui.code') && key !== 'ui.status')) expect(v, k).toMatch(script);
    });
  }

  if (lng === 'zh-TW') {
    it('is Traditional Chinese throughout', () => {
      for (const [k, v] of strings(tree)) expect(v, k).not.toMatch(SIMPLIFIED_ONLY);
    });
  }
  if (lng === 'zh-CN') {
    it('is Simplified Chinese throughout', () => {
      for (const [k, v] of strings(tree)) expect(v, k).not.toMatch(TRADITIONAL_ONLY);
    });
  }
});

describe('en-XA pseudo-locale', () => {
  it('is generated from English (node scripts/pseudo-locale.mjs): accented, bracketed, about 40% longer', () => {
    const pseudo = load(pseudoLocale);
    expect(pseudo).toEqual(buildPseudo());
    for (const [k, v] of strings(pseudo)) {
      const e = english(k) ?? '';
      expect(v.startsWith('[') && v.endsWith(']'), k).toBe(true);
      expect(v.length, k).toBeGreaterThanOrEqual(Math.floor(e.length * 1.3));
      expect(v.replace(/\{\{[^}]*\}\}/g, ''), k).not.toMatch(/[A-Za-z]/); // every letter accented: a plain one is a hard-coded string
    }
  });
});

describe('translator context (locales/context.json)', () => {
  const context = JSON.parse(readFileSync(join(dir, 'context.json'), 'utf8')) as { keys: Record<string, { where: string; placeholders?: Record<string, string>; maxLength?: number; note?: string }> };
  it('explains every key: where it shows, each placeholder, a length limit', () => {
    const all = [...new Set(keys(en).map(base))].sort();
    expect(Object.keys(context.keys).sort()).toEqual(all);
    for (const k of all) {
      const c = context.keys[k];
      expect(c?.where, k).toBeTruthy();
      expect(c?.maxLength, k).toBeGreaterThan(0);
      const text = english(k) ?? '';
      for (const p of placeholders(text)) expect(Object.keys(c?.placeholders ?? {}), k).toContain(p.split(',')[0]);
      expect(text.length, `${k} is longer than its limit`).toBeLessThanOrEqual(c?.maxLength ?? 0);
    }
  });
  it('every translation keeps within 1.6 × the English limit (titles and buttons stay short)', () => {
    for (const lng of supportedLocales) {
      for (const [k, v] of strings(load(lng))) {
        const c = context.keys[base(k)];
        expect(v.length, `${lng} ${k}`).toBeLessThanOrEqual(Math.ceil((c?.maxLength ?? 0) * 1.6));
      }
    }
  });
});

describe('English copy (GOV.UK error-message guidance)', () => {
  const person = strings(en);
  it('no "please", no "valid"/"invalid", no "Something went wrong", no bare "try again later", no blame, no jargon', () => {
    for (const [k, v] of person) {
      expect(v, k).not.toMatch(/\bplease\b/i);
      expect(v, k).not.toMatch(/\b(in)?valid\b/i);
      expect(v, k).not.toMatch(/something went wrong/i);
      expect(v, k).not.toMatch(/try again later/i);
      expect(v, k).not.toMatch(/\byou (entered|made) (an? )?(wrong|invalid|bad)\b|\byour (mistake|fault)\b|\billegal\b|\bfatal\b|\boops\b/i);
      expect(v, k).not.toMatch(/\b(ERR0\w*|IServer|entity|endpoint|payload|JSON|token|API|trailing slash|certificate store|capitali[sz]ation)\b/i);
    }
  });
  it('one wording per concept: a session "expired", never "ended"; "sign in", never "log in"', () => {
    for (const [k, v] of person) {
      expect(v, k).not.toMatch(/session (has )?ended|\blog ?in\b|\blogin\b/i);
      if (/session/i.test(v)) expect(v, k).toMatch(/session has expired|Sign-ins for this service expire/);
    }
  });
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
  it('next steps that can work: 501 never says to try again, 413 never says to reload', () => {
    const status = en.status as Record<string, Tree>;
    expect(status['501']?.message).toMatch(/won't help/);
    expect(status['501']?.message).not.toMatch(/^Try again|\. Try again/);
    for (const code of ['413', '414', '415', '431']) expect(status[code]?.message, code).not.toMatch(/reload|refresh/i);
    expect((en.category as Record<string, Tree>)['bad-request']?.message).not.toMatch(/reload|refresh/i);
  });
});

describe('locale files', () => {
  /** Keys of every object in a JSON text, in order, object by object (JSON.parse keeps only the last of a repeated key). */
  function repeatedKeys(text: string): string[] {
    const repeated: string[] = [];
    JSON.parse(text); // well-formed first; JSON.parse cannot see repeats, so scan the text: a key is a string followed by ':'.
    const stack: Set<string>[] = [];
    let i = 0;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '{') stack.push(new Set());
      else if (ch === '}') stack.pop();
      else if (ch === '"') {
        let j = i + 1;
        while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
        const str = text.slice(i + 1, j);
        let k = j + 1;
        while (text[k] === ' ' || text[k] === '\n' || text[k] === '\r' || text[k] === '\t') k++;
        if (text[k] === ':') {
          const seen = stack[stack.length - 1];
          if (seen?.has(str)) repeated.push(str);
          seen?.add(str);
        }
        i = j;
      }
      i++;
    }
    return repeated;
  }
  it.each([...LOCALES, 'context'].map((l) => [l]))('%s.json names no key twice in one object (the second would silently replace the first)', (lng) => {
    expect(repeatedKeys(readFileSync(join(dir, `${lng}.json`), 'utf8'))).toEqual([]);
  });
  it('the check finds a repeated key', () => {
    expect(repeatedKeys('{"ui": {"a": "x", "b": {"a": 1}, "a": "y"}}')).toEqual(['a']);
  });
});

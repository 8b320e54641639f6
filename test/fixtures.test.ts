/**
 * One test per verbatim fixture in test/fixtures/*.json (table-driven).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../src/core/index.js';
import type { FixtureCase } from './fixture-types.js';

const DIR = join(import.meta.dirname, 'fixtures');
const DEFAULT_NOW = Date.parse('2026-01-01T00:00:00Z');
const FULL = new Set(['fieldErrors', 'formErrors', 'codes']);

/** Every fixture file: one per dialect in `fixtures/`, one per framework or API family in `fixtures/frameworks/`. */
export function loadFixtures(): { file: string; cases: FixtureCase[] }[] {
  return ['', 'frameworks/'].flatMap((sub) =>
    readdirSync(join(DIR, sub))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({ file: sub + f, cases: JSON.parse(readFileSync(join(DIR, sub, f), 'utf8')) as FixtureCase[] })),
  );
}

for (const { file, cases } of loadFixtures()) {
  describe(file, () => {
    it('has well-formed cases with a source', () => {
      expect(cases.length).toBeGreaterThan(0);
      for (const c of cases) {
        expect(typeof c.name, file).toBe('string');
        expect(c.source, c.name).toMatch(/^(https?:\/\/|shared\/seeds\/)/);
        expect(c.expected.category, c.name).toBeTypeOf('string');
      }
    });
    for (const c of cases) {
      it(c.name, () => {
        const now = c.now ? Date.parse(c.now) : DEFAULT_NOW;
        const result = normalizeError(c.input, { now: () => now }) as unknown as Record<string, unknown>;
        // Where the library's reading is known to differ from the ideal (`gap`, reviewed and listed in
        // test/shapes/README.md), the test holds it to that reading, so that a change either way shows.
        for (const [key, ideal] of Object.entries(c.expected)) {
          const want = c.gap && key in c.gap ? c.gap[key] : ideal;
          if (want === null) expect(result[key], key).toBeUndefined();
          else if (FULL.has(key)) expect(result[key], key).toEqual(want);
          else if (typeof want === 'object') expect(result[key], key).toMatchObject(want as object);
          else expect(result[key], key).toBe(want);
        }
        if (c.gap) for (const key of Object.keys(c.gap)) expect(c.expected, `gap key ${key} is one of the expected keys`).toHaveProperty(key);
        // Invariants every result keeps.
        expect(Array.isArray(result.fieldErrors)).toBe(true);
        expect(typeof result.retryable).toBe('boolean');
        if (result.retryAfterMs !== undefined) expect(result.retryAfterMs as number).toBeGreaterThanOrEqual(0);
        if (typeof result.message === 'string') expect(result.message).not.toMatch(/<\s*(html|body|head|script|div|p|h1)\b/i);
      });
    }
  });
}

/** The shape of one fixture case in `test/fixtures/*.json`. */
export interface FixtureCase {
  /** What the case shows. */
  name: string;
  /** Where the payload was published (docs page, spec section, source file, issue). */
  source: string;
  /** How the payload relates to the source: 'verbatim' (default) or 'table' (built from a documented code table row). */
  origin?: 'verbatim' | 'table';
  /** The clock for Retry-After dates (ISO string). Default 2026-01-01T00:00:00Z. */
  now?: string;
  /** What `normalizeError` is given: usually a response snapshot `{ status, headers, body }`. */
  input: unknown;
  /** Why the expectation was chosen where the guide (test/shapes/GUIDE.md) did not decide it. Not read by the test. */
  note?: string;
  /**
   * Where today's reading differs from `expected` (the ideal a fixture's author wrote before the
   * reader saw it): the values it gives instead, per key. The test holds the result to these, and
   * `node scripts/score-fixtures.mjs` counts the cases that meet the ideal.
   */
  gap?: Record<string, unknown>;
  /** Fields the result must have. `null` means "must be absent". `fieldErrors`/`formErrors`/`codes` are compared in full. */
  expected: Record<string, unknown>;
}

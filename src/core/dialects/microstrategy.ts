/**
 * MicroStrategy REST API: `{ code: 'ERR009', message, iServerCode?, ticketId? }`.
 * Source: MicroStrategy "Handle REST API errors" (shared/seeds/000), which documents ERR001–ERR0024.
 *
 * The table and the examples spell codes inconsistently ("ERR0017" in the table, "ERR017" in the
 * 403 example, "ERR0R22" for 22), so codes are read by their number and text keys use one
 * canonical spelling, ERR + three digits ('ERR017'). `code` keeps the spelling the server sent.
 */
import type { Dialect, DialectResult, ErrorCategory } from '../types.js';
import { codeOf, isRecord, own, text } from '../util.js';

interface Meaning {
  category: ErrorCategory;
  /** Set when the docs make clear a retry cannot help (configuration problems) or can (not ready yet). */
  retryable?: boolean;
}

/** What each documented code means, by number. */
const CODES: ReadonlyMap<number, Meaning> = new Map<number, Meaning>([
  [1, { category: 'server' }], // General application issue
  [2, { category: 'server' }], // IServer error
  [3, { category: 'unauthenticated' }], // Authentication error
  [4, { category: 'not-found' }], // Resource not found
  [5, { category: 'validation' }], // Missing required information
  [6, { category: 'validation' }], // Invalid input
  [7, { category: 'validation' }], // Missing required field
  [8, { category: 'unavailable', retryable: true }], // Inbox message not ready
  [9, { category: 'session-expired' }], // Session invalid or timeout
  [10, { category: 'bad-request' }], // Not supported
  [13, { category: 'unavailable' }], // IServer unreachable
  [14, { category: 'forbidden' }], // Insufficient privileges
  [15, { category: 'conflict' }], // Object already exists
  [16, { category: 'unavailable' }], // Service not available
  [17, { category: 'forbidden' }], // Insufficient permission
  [20, { category: 'bad-request' }], // Dashboard prompt not supported
  [21, { category: 'server', retryable: false }], // Invalid configuration property
  [22, { category: 'server', retryable: false }], // Service TLS validation issue
  [23, { category: 'server', retryable: false }], // Secret Key configuration issue
  [24, { category: 'server', retryable: false }], // Trust store configuration issue
]);

/**
 * The number in an ERR code: 'ERR009' → 9, 'ERR0017' → 17, 'ERR0R22' → 22 (the table's typo:
 * a letter O/R among the digits is skipped). Undefined when it is not an ERR code.
 */
export function microstrategyCodeNumber(code: string): number | undefined {
  if (code.length < 4 || code.length > 10 || !code.toUpperCase().startsWith('ERR')) return undefined;
  let digits = '';
  for (let i = 3; i < code.length; i++) {
    const ch = code[i] ?? '';
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (ch !== 'R' && ch !== 'r' && ch !== 'O' && ch !== 'o') return undefined;
  }
  return digits === '' ? undefined : Number(digits);
}

/** Canonical text-key spelling: ERR + at least three digits. */
export function canonicalMicrostrategyCode(n: number): string {
  return `ERR${String(n).padStart(3, '0')}`;
}

export const microstrategy: Dialect = {
  name: 'microstrategy',
  keys: ['code'],
  detect(body) {
    if (!isRecord(body)) return false;
    const code = codeOf(own(body, 'code'));
    if (code === undefined || microstrategyCodeNumber(code) === undefined) return false;
    // An ERR code with MicroStrategy's companions, or the documented minimal form { code, message }.
    return 'iServerCode' in body || 'ticketId' in body || typeof own(body, 'message') === 'string';
  },
  map(body) {
    const code = codeOf(own(body, 'code')) ?? '';
    const n = microstrategyCodeNumber(code);
    const meaning = n === undefined ? undefined : CODES.get(n);
    const iServer = codeOf(own(body, 'iServerCode'));
    const out: DialectResult = {
      code,
      codes: iServer === undefined ? [code] : [code, iServer],
      message: text(own(body, 'message')),
      referenceId: text(own(body, 'ticketId')),
    };
    if (n !== undefined) out.messageKeys = [`microstrategy.${canonicalMicrostrategyCode(n)}`];
    if (meaning) {
      out.category = meaning.category;
      if (meaning.retryable !== undefined) out.retryable = meaning.retryable;
    }
    return out;
  },
};

/**
 * Field paths: every server's way of naming a field, turned into one dotted path relative to the
 * submitted payload ('email', 'address.city', 'items.0.qty').
 *
 * Written as small scanners, not regular expressions, so that any input is read in linear time.
 */
import { addError, isRecord, joinTexts, keysOf, MAX_TEXT, own, type ErrorSink } from './util.js';

/** Prefixes that name the document root, not a field, in JSON:API pointers (RFC 6901 + jsonapi.org). */
const JSONAPI_ROOTS: readonly (readonly string[])[] = [
  ['data', 'attributes'],
  ['data', 'relationships'],
  ['data'],
];

/** FastAPI / Pydantic `loc` heads that name where the value came from, not the field. */
export const LOC_SOURCES: ReadonlySet<string> = new Set(['body', 'query', 'path', 'header', 'cookie', 'form', 'json']);

/** Keys that mean "the whole form", not a field. */
export const FORM_LEVEL_KEYS = new Set(['', 'non_field_errors', '__all__', '_schema', '_errors', '$', '#', 'root', 'base', '_']);

function unescapePointer(segment: string): string {
  // RFC 6901: ~1 is '/', ~0 is '~' (in that order).
  if (!segment.includes('~')) return segment;
  return segment.split('~1').join('/').split('~0').join('~');
}

/** Split `items[0].qty`, `$.items[0].qty` or `items.0.qty` into segments. */
function splitDotted(path: string): string[] {
  const segs: string[] = [];
  let cur = '';
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (ch === '.' || ch === '[' || ch === ']') {
      if (cur !== '') segs.push(cur);
      cur = '';
    } else if (ch === "'" || ch === '"') {
      // quoted member inside brackets: ['first name']
      continue;
    } else {
      cur += ch;
    }
  }
  if (cur !== '') segs.push(cur);
  return segs;
}

function joinSegments(segs: readonly string[]): string {
  let out = '';
  for (const s of segs) if (s !== '') out = out === '' ? s : `${out}.${s}`;
  return out;
}

/** A JSON Pointer (`/data/attributes/email`, `#/email`, `/items/0/qty`) as a dotted path. */
export function fromPointer(pointer: string): string {
  let p = pointer.length > MAX_TEXT ? pointer.slice(0, MAX_TEXT) : pointer;
  if (p.startsWith('#')) p = p.slice(1);
  if (p.startsWith('/')) p = p.slice(1);
  else return fieldPath(p);
  let segs = p === '' ? [] : p.split('/').map((s) => unescapePointer(decodeSafe(s)));
  for (const root of JSONAPI_ROOTS) {
    if (segs.length > root.length && root.every((r, i) => segs[i] === r)) {
      segs = segs.slice(root.length);
      break;
    }
  }
  return joinSegments(segs);
}

function decodeSafe(s: string): string {
  // A pointer inside a URI fragment is percent-encoded (RFC 6901 §6).
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A Pydantic / FastAPI `loc` array (`["body", "items", 0, "qty"]`) as a dotted path. */
export function fromLoc(loc: readonly unknown[]): string {
  const segs: string[] = [];
  const n = Math.min(loc.length, 64);
  for (let i = 0; i < n; i++) {
    const s = loc[i];
    if (typeof s === 'string') segs.push(s);
    else if (typeof s === 'number' && Number.isFinite(s)) segs.push(String(s));
  }
  if (segs.length > 0 && LOC_SOURCES.has(segs[0] ?? '')) segs.shift();
  return joinSegments(segs);
}

/**
 * Any server field name as a dotted path: JSON Pointers, `#/x`, `$.x` (System.Text.Json),
 * `items[0].qty` (ASP.NET model state), `items.0.qty` (Laravel), `body.email` stays as is.
 */
export function fieldPath(raw: string): string {
  const s = (raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw).trim();
  if (s.startsWith('/') || s.startsWith('#/')) return fromPointer(s);
  let rest = s;
  if (rest.startsWith('$.')) rest = rest.slice(2);
  else if (rest === '$') rest = '';
  return joinSegments(splitDotted(rest));
}

/** True when a server key names the whole form rather than a field. */
export function isFormLevel(key: string): boolean {
  return FORM_LEVEL_KEYS.has(key.trim());
}

/**
 * True for a dict of field name → list of message strings (Rails' `record.errors`, Shopify REST,
 * Laravel's `errors`): `{ "title": ["can't be blank"] }`. Every value (of the first MAX_ITEMS keys)
 * must be a non-empty list of strings only, so that `{ "errors": { "message": "..." } }` and the
 * like are not claimed.
 */
export function isFieldDict(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const keys = keysOf(value);
  if (keys.length === 0) return false;
  for (const k of keys) {
    const list = own(value, k);
    if (!Array.isArray(list) || list.length === 0) return false;
    for (const m of list) if (typeof m !== 'string') return false;
  }
  return true;
}

/** The field and form errors of a field dict (see {@link isFieldDict}); form-level keys (`base`...) go to `formErrors`. */
export function fieldDictErrors(dict: Record<string, unknown>): ErrorSink {
  const sink: ErrorSink = { fieldErrors: [], formErrors: [] };
  for (const key of keysOf(dict)) {
    addError(sink, isFormLevel(key) ? '' : fieldPath(key), joinTexts(own(dict, key)), undefined);
  }
  return sink;
}

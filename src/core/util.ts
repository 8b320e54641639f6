/**
 * Small, total helpers for reading untrusted JSON. None of them throws on a JSON value;
 * the normalizer still guards every dialect with try/catch for hostile objects (getters, Proxies).
 */

import type { ErrorCategory, FieldError, FormError } from './types.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Longest server text kept, in characters. Longer texts are cut with an ellipsis. */
export const MAX_TEXT = 2000;
/** Most field errors / codes collected from one body. */
export const MAX_ITEMS = 200;
/** Deepest nesting any walker descends into. */
export const MAX_DEPTH = 16;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property read that never reaches the prototype chain (`__proto__`, `constructor`...). */
export function own(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** A trimmed, non-empty, length-capped string, or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const cut = value.length > MAX_TEXT * 2 ? value.slice(0, MAX_TEXT * 2) : value;
  const trimmed = cut.trim();
  if (trimmed === '') return undefined;
  return trimmed.length > MAX_TEXT ? `${trimmed.slice(0, MAX_TEXT - 1)}…` : trimmed;
}

/** A code as a string: strings as sent (trimmed), finite numbers stringified. */
export function codeOf(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' || t.length > 200 ? undefined : t;
  }
  return undefined;
}

/** A finite number from a number or a numeric string. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '' && value.length < 40) {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** An HTTP status (100..599) from a number or numeric string. */
export function statusOf(value: unknown): number | undefined {
  const n = num(value);
  return n !== undefined && Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Distinct, defined strings, in order, at most MAX_ITEMS. */
export function uniq(values: Iterable<string | undefined>): string[] {
  const out: string[] = [];
  // Bodies carry a handful of codes: a scan of the short output beats building a Set per call,
  // and the output is capped at MAX_ITEMS, so the scan stays bounded.
  for (const v of values) {
    if (v === undefined || out.includes(v)) continue;
    out.push(v);
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}

/** Own enumerable keys, bounded, skipping nothing (callers decide what a key means). */
export function keysOf(value: Record<string, unknown>, limit = MAX_ITEMS): string[] {
  const out: string[] = [];
  for (const k in value) {
    if (!Object.hasOwn(value, k)) continue;
    out.push(k);
    if (out.length >= limit) break;
  }
  return out;
}

/** Joined text of an array of strings (e.g. Django's `["This field is required."]`). */
export function joinTexts(value: unknown): string | undefined {
  if (typeof value === 'string') return text(value);
  if (!Array.isArray(value)) return undefined;
  const parts: string[] = [];
  const n = Math.min(value.length, 20);
  for (let i = 0; i < n; i++) {
    const t = text(value[i]);
    if (t !== undefined) parts.push(t);
  }
  return parts.length > 0 ? text(parts.join(' ')) : undefined;
}

/** Lowercase ASCII letters only, for keyword checks without regular expressions. */
export function lower(value: string | undefined): string {
  return value === undefined ? '' : value.toLowerCase();
}

/** Field and form errors collected from one body. */
export interface ErrorSink {
  fieldErrors: FieldError[];
  formErrors: FormError[];
}

/**
 * File one server error where it belongs: under `field` when it names one (a dotted path, already
 * normalized), otherwise as a form-level error. Absent message/code stay absent (not `undefined` keys).
 */
export function addError(sink: ErrorSink, field: string, message: string | undefined, code: string | undefined): void {
  // Built without object spread: V8 turns a spread copy that later gains members into a slow object.
  const e: { field?: string; message?: string; code?: string } = field === '' ? {} : { field };
  if (message !== undefined) e.message = message;
  if (code !== undefined) e.code = code;
  if (field === '') sink.formErrors.push(e);
  else sink.fieldErrors.push(e as FieldError);
}

/**
 * A code → category table written compactly, one group per category:
 * `'rate-limited:ThrottlingException SlowDown;forbidden:AccessDenied'` (codes have no spaces).
 */
export function codeTable(spec: string): Map<string, ErrorCategory> {
  const m = new Map<string, ErrorCategory>();
  for (const group of spec.split(';')) {
    const colon = group.indexOf(':');
    for (const code of group.slice(colon + 1).split(' ')) m.set(code, group.slice(0, colon) as ErrorCategory);
  }
  return m;
}

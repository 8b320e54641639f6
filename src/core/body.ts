/**
 * Reading a body as received: raw text (JSON or not), bytes, or already-parsed JSON.
 * JSON is parsed only when the text starts like JSON; markup (HTML, XML) and plain text stay strings.
 */
export type ParsedBody =
  | { kind: 'empty' }
  | { kind: 'json'; value: unknown }
  | { kind: 'markup'; value: string }
  | { kind: 'text'; value: string };

const decoder = typeof TextDecoder === 'function' ? new TextDecoder() : undefined;

function firstNonSpace(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // space, tab, CR, LF, BOM
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) return i;
  }
  return -1;
}

export function parseBody(body: unknown): ParsedBody {
  if (body === undefined || body === null) return { kind: 'empty' };
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    if (!decoder) return { kind: 'empty' };
    const view = body instanceof ArrayBuffer ? new Uint8Array(body) : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    return parseBody(decoder.decode(view));
  }
  if (typeof body !== 'string') return { kind: 'json', value: body };
  const start = firstNonSpace(body);
  if (start < 0) return { kind: 'empty' };
  const ch = body[start];
  if (ch === '{' || ch === '[' || ch === '"') {
    try {
      const value: unknown = JSON.parse(body);
      if (typeof value === 'string') return parseBody(value === body ? '' : value);
      return { kind: 'json', value };
    } catch {
      // not JSON after all (truncated or invalid): keep it as text
    }
  }
  if (ch === '<') return { kind: 'markup', value: body };
  return { kind: 'text', value: body };
}

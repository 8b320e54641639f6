/**
 * Case-insensitive header lookup over whatever a client hands us: a fetch `Headers`, axios'
 * `AxiosHeaders` (has `get`), a plain record (any case), or an array of pairs.
 */
export type HeaderLookup = (name: string) => string | undefined;

/** The lookup for "no headers": callers may skip header work when they get this one. */
export const NO_HEADERS: HeaderLookup = () => undefined;

function one(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value.filter((v): v is string => typeof v === 'string');
    return parts.length > 0 ? parts.join(', ') : undefined;
  }
  return undefined;
}

export function headerLookup(headers: unknown): HeaderLookup {
  if (typeof headers !== 'object' || headers === null) return NO_HEADERS;
  // fetch Headers, AxiosHeaders, Map-like: use their own case-insensitive get.
  const get = (headers as { get?: unknown }).get;
  if (typeof get === 'function' && !(headers instanceof Map)) {
    return (name) => {
      try {
        const v: unknown = (get as (n: string) => unknown).call(headers, name);
        return one(v) ?? undefined;
      } catch {
        return undefined;
      }
    };
  }
  let table: Map<string, string> | undefined;
  const add = (k: unknown, v: unknown): void => {
    if (typeof k !== 'string') return;
    const s = one(v);
    if (s !== undefined) (table ??= new Map()).set(k.toLowerCase(), s);
  };
  if (headers instanceof Map) {
    for (const [k, v] of headers) add(k, v);
  } else if (Array.isArray(headers)) {
    for (const pair of headers.slice(0, 500)) if (Array.isArray(pair)) add(pair[0], pair[1]);
  } else {
    let n = 0;
    for (const k in headers) {
      if (!Object.hasOwn(headers, k)) continue;
      add(k, (headers as Record<string, unknown>)[k]);
      if (++n > 500) break;
    }
  }
  if (table === undefined) return NO_HEADERS;
  const found = table;
  return (name) => found.get(name.toLowerCase());
}

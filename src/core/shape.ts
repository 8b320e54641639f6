/**
 * The structural reader: reads an error body by the *shapes* error bodies share, for the APIs no
 * dialect knows (most in-house APIs). Keys are matched by their role after folding case, `_` and
 * `-` (`request_id`, `requestId` and `RequestID` are one key), so that names nobody listed still
 * land. What it looks for:
 *
 * - a human message: `message`, `detail`, `error_description`, `description`, `title`, `summary`,
 *   a nested `error` object's own message, the first string of a list, else the first item's text;
 * - a code: `code`, `errorCode`, `type`, a code-like `error` / `reason` / `name`, nested first,
 *   else the first item's code; a number equal to the HTTP status yields to a word;
 * - lists of error items under any key that says error (`errors`, `fieldErrors`, `errorCauses`...),
 *   or `details`, `issues`, `violations`, `causes`, `problems`, `failures`, `invalid_params`,
 *   one level inside `error` and inside another container (`details.errors`, `_embedded.errors`),
 *   and any list whose items name a field and say what is wrong (`data: [{ field, message }]`);
 *   an item names its field by `field`, `path`, `param`, `pointer`, `property`, `instancePath`,
 *   `loc`, `source.pointer`, `fields[]`..., else by a lowercase `name: ` its text starts with; its
 *   text by `message`, `msg`, `detail`, `description`, `reason`...; its code by `code`, `type`,
 *   `rule`, `keyword`...;
 * - field maps `{ field: "msg" | ["msg"] | { message } | [{ message, code }] }`, nested maps as
 *   dotted paths; keys that hold metadata or messages (`meta`, `links`, `data`, `messages`,
 *   `warnings`, `message`, `detail`...) are never fields;
 * - a reference id under any of the names support ids go by (`request_id`, `traceId`,
 *   `correlationId`, `debug_id`, `incident_id`, `errorId`...), at the top, in `error` or in `meta`;
 * - a status stated in the body (`statusCode`, `status`, `httpStatus`), used by the engine only
 *   when there was no response status; a validation code (`ValidationError`, `VALIDATION_FAILED`)
 *   on a 400, and a well-known code word when there is no status at all, set the category.
 *
 * Every walk is bounded (keys per object, items per list, depth), so any body is read in linear time.
 */
import { fieldPath, fromLoc, isFormLevel, LOC_SOURCES } from './field-path.js';
import type { Dialect, DialectContext, DialectResult, ErrorCategory } from './types.js';
import { addError, arr, codeOf, isRecord, keysOf, MAX_ITEMS, own, statusOf, text, uniq, type ErrorSink } from './util.js';

/** A key folded for role matching: lowercase, without `_`, `-`, `$`, `@` or spaces. */
function fold(key: string): string {
  let f = FOLDED.get(key);
  if (f === undefined) {
    // A JSON-LD prefix names a vocabulary, not a role: `hydra:description` is a description.
    f = key.slice(key.indexOf(':') + 1, 64).replace(/[-_$@ ]/g, '').toLowerCase();
    if (FOLDED.size >= 1000) FOLDED.clear();
    FOLDED.set(key, f);
  }
  return f;
}

/** Folded keys seen lately: bodies repeat their keys, and folding is most of reading a key. */
const FOLDED = new Map<string, string>();

/** Roles by folded key, best first. `error`, `reason` and `issue` hold a code when code-like, else a sentence. */
const MESSAGE = ['message', 'detail', 'errormessage', 'errordescription', 'description', 'errorsummary', 'msg', 'usermessage', 'displaymessage', 'defaultmessage', 'summary', 'title', 'reason', 'issue', 'error', 'errors', 'errormessages', 'messages', 'text', 'status'];
const CODE = ['code', 'errorcode', 'errortype', 'type', 'subcode', 'rule', 'keyword', 'kind', 'tag', 'issue', 'error', 'reason', 'name', 'id', 'status', 'category'];
const FIELD = ['field', 'fieldname', 'propertypath', 'property', 'propertyname', 'path', 'param', 'parameter', 'pointer', 'instancepath', 'datapath', 'loc', 'attr', 'attribute', 'member', 'key', 'in', 'source', 'target', 'fields', 'keys', 'params', 'paramname'];
/** Field keys that, at the top of a body, name a field of the request (`path` there is the URL). */
const TOP_FIELD = new Set(['field', 'fieldname', 'property', 'propertypath', 'propertyname', 'param', 'parameter', 'attribute']);
/** Folded key endings of reference ids, surest first. */
const REFERENCE = ['requestid', 'traceid', 'correlationid', 'debugid', 'errorid', 'incidentid', 'supportid', 'supportcode', 'rayid', 'ticketid', 'trackingid', 'logid', 'eventid', 'referenceid', 'reference'];
const STATUS = new Set(['statuscode', 'status', 'httpstatus', 'httpstatuscode', 'httpcode']);
/** Each role's rank by folded key (a lookup instead of a scan per key). */
const rank = (list: readonly string[]): Map<string, number> => new Map(list.map((k, i) => [k, i]));
const MESSAGE_RANK = /* @__PURE__ */ rank(MESSAGE);
const CODE_RANK = /* @__PURE__ */ rank(CODE);
const ISSUE = /* @__PURE__ */ CODE.indexOf('issue');
const MSG = /* @__PURE__ */ MESSAGE.indexOf('msg');
const ERROR = /* @__PURE__ */ MESSAGE.indexOf('error');
const FIELD_RANK = /* @__PURE__ */ rank(FIELD);
/** Keys whose list or map holds error items besides any key that says "error" or "invalid". */
const LIST = new Set(['details', 'issues', 'violations', 'constraintviolations', 'causes', 'problems', 'failures', 'validation', 'detail', 'embedded', 'extensions', 'children']);
/** Heads of a path that name where a value came from, not a field (`/query/limit`, `body.id`). */
const HEADS = new Set(['body', 'query', 'params', 'path', 'header', 'headers', 'cookie', 'cookies', 'form', 'json']);
/** Keys that are never a field in a field map: metadata, and (when they hold a single value) the error's own members. */
const NOT_FIELD = new Set(['meta', 'metadata', 'links', 'data', 'warnings', 'warning', 'notices', 'stack', 'stacktrace', 'trace', 'traces', 'backtrace', 'exception', 'debug', 'documentationurl']);
const OWN_MEMBER = new Set(['message', 'messages', 'detail', 'code', 'codes', 'status', 'statuscode', 'type', 'timestamp', 'success', 'ok', 'requestid', 'traceid']);
const NESTED = new Set(['error', 'err', 'fault', 'responsestatus', 'sys']);
/** Values of a code key that name no error (`type: "error"`, express-validator's `type: "field"`). */
const NOT_CODE = new Set(['error', 'field', 'alternative', 'object', 'fail', 'failure', 'success']);

/** Code words a body sends when it has no status of its own (gRPC, tRPC, GraphQL servers, HTTP names). */
const CODE_WORDS: Readonly<Record<string, ErrorCategory>> = {
  BADREQUEST: 'bad-request',
  INVALIDARGUMENT: 'bad-request',
  UNAUTHENTICATED: 'unauthenticated',
  UNAUTHORIZED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  PERMISSIONDENIED: 'forbidden',
  ACCESSDENIED: 'forbidden',
  NOTFOUND: 'not-found',
  CONFLICT: 'conflict',
  ALREADYEXISTS: 'conflict',
  PRECONDITIONFAILED: 'conflict',
  TOOMANYREQUESTS: 'rate-limited',
  RESOURCEEXHAUSTED: 'rate-limited',
  INTERNAL: 'server',
  INTERNALSERVERERROR: 'server',
  NOTIMPLEMENTED: 'server',
  UNIMPLEMENTED: 'server',
  UNAVAILABLE: 'unavailable',
  SERVICEUNAVAILABLE: 'unavailable',
  TIMEOUT: 'timeout',
  DEADLINEEXCEEDED: 'timeout',
};

/** A word a machine would send: letters, digits and `_ . - :`, at most 64 of them. */
function codeLike(s: string | undefined): s is string {
  return s !== undefined && /^[\w.:-]{1,64}$/.test(s);
}

/** A reason phrase such as "Unauthorized" or "Conflict": a capitalized word, no other capitals. */
function isPhrase(s: string): boolean {
  return /^[A-Z][a-z]*$/.test(s);
}

/** A title-cased phrase of up to four words and nothing else ("Bad Request", "Constraint Violation"). */
function isTitle(m: string): boolean {
  return /^[A-Z][a-z]*(?: [A-Z][a-z]*){0,3}$/.test(m);
}

/** The code a message starts with: `TOO_MANY_ATTEMPTS_TRY_LATER : Too many...` or a message that is one CONSTANT_CASE word. */
function leadingCode(m: string): string | undefined {
  return /^([A-Z\d]*_[A-Z\d_]*)\s*(?::|$)/.exec(m.slice(0, 80))?.[1];
}

/** Whether a text says something (has a letter), unlike an amount such as "100.00". */
function hasLetter(s: string): boolean {
  return /[A-Za-z\u0080-\uffff]/.test(s);
}

/** The first text of a list of strings (bounded), or a string. */
function firstText(v: unknown): string | undefined {
  if (!Array.isArray(v)) return text(v);
  const n = Math.min(v.length, MAX_ITEMS);
  for (let i = 0; i < n; i++) {
    const t = text(v[i]);
    if (t !== undefined) return t;
  }
  return undefined;
}

/** What one object's own keys say, each role's best candidate. */
interface Roles {
  message?: string;
  messageRank: number;
  /** A message key holding several strings (`message: ["email must be an email", ...]`). */
  messages?: unknown[];
  code?: string;
  codeRank: number;
  codeKey: string;
  field?: unknown;
  fieldKey: string;
  fieldRank: number;
  ref?: string;
  refRank: number;
  status?: number;
  help?: string;
  /** The nested error object (`error`, `responseStatus`, `Fault`, `sys`), the last one when several. */
  nested: Record<string, unknown> | undefined;
}

function rolesOf(obj: Record<string, unknown>, httpStatus: number | undefined, top: boolean): Roles {
  const r: Roles = { messageRank: 99, codeRank: 99, codeKey: '', fieldKey: '', fieldRank: 99, refRank: 99, nested: undefined };
  let n = 0;
  for (const key in obj) {
    if (++n > 64) break;
    // JSON-LD keywords (`@type`, `@id`, `@context`) describe the document, not the error.
    if (!Object.hasOwn(obj, key) || key.startsWith('@')) continue;
    const f = fold(key);
    if (NESTED.has(f) && isRecord(obj[key])) r.nested = obj[key] as Record<string, unknown>;
    // Most keys of a body play no role: one look rules them out.
    if (!MESSAGE_RANK.has(f) && !CODE_RANK.has(f) && !FIELD_RANK.has(f) && !STATUS.has(f) && !f.endsWith('id') && !f.endsWith('reference') && !f.endsWith('code') && !f.endsWith('url') && f !== 'moreinfo') continue;
    const v = obj[key];
    let i = MESSAGE_RANK.get(f) ?? -1;
    if (i >= 0 && i < r.messageRank && !(top && f === 'messages')) {
      const m = firstText(v);
      // A code-like `error` / `reason` / `issue` ("invalid_grant") is a code, not a sentence.
      if (m !== undefined && !(CODE_RANK.has(f) && codeLike(m) && !isPhrase(m)) && hasLetter(m)) {
        r.message = m;
        r.messageRank = i;
        if (Array.isArray(v) && v.length > 1 && !isErrorKey(f)) r.messages = v;
      }
    }
    i = CODE_RANK.get(f) ?? -1;
    if (i >= 0 && i < r.codeRank) {
      const c = codeOf(v);
      const word = typeof v === 'string' && c !== undefined && codeLike(c) && (i < 2 || !NOT_CODE.has(c.toLowerCase()));
      // `error: "Unauthorized"` is the reason phrase; `id` is a code only as a word ("not_found"), never a uuid.
      // A number equal to the HTTP status (`{ code: 401 }`) only repeats it; `type: "error.list"` is a type tag.
      const ok =
        typeof v === 'number'
          ? f !== 'id' && f !== 'status' && statusOf(v) !== httpStatus && v !== 0
          : word && statusOf(c) !== httpStatus && !(f === 'status' && statusOf(c) !== undefined) && !(isPhrase(c) && i >= ISSUE) && (f !== 'id' || !/\d/.test(c)) && !c.startsWith('error.');
      if (ok) {
        // (0 is the code of an exception that was given none, as PHP frameworks send it.)
      // A bare number equal to the HTTP status, or a JSON-RPC number, says less than a word.
        const rank = typeof v === 'number' && v < 0 ? i + 50 : i;
        if (rank < r.codeRank) {
          r.code = c;
          r.codeRank = rank;
          r.codeKey = f;
        }
      }
    }
    i = FIELD_RANK.get(f) ?? -1;
    if (i >= 0 && i < r.fieldRank && v !== null && v !== undefined && v !== '' && !(top && !TOP_FIELD.has(f)) && (f !== 'source' || isRecord(v))) {
      r.field = v;
      r.fieldKey = f;
      r.fieldRank = i;
    }
    const idLike = f.endsWith('id') || f.endsWith('reference') || f.endsWith('code');
    for (let k = 0; idLike && k < r.refRank && k < REFERENCE.length; k++) {
      if (!f.endsWith(REFERENCE[k] as string)) continue;
      const ref = typeof v === 'number' ? codeOf(v) : text(v);
      if (ref !== undefined && ref.length <= 200) {
        r.ref = ref;
        r.refRank = k;
      }
      break;
    }
    if (r.status === undefined && STATUS.has(f)) r.status = statusOf(v);
    // A documentation link (`documentation_url`, `doc_url`, `help_url`, `more_info`), kept as sent.
    if (r.help === undefined && (f === 'documentationurl' || f === 'docurl' || f === 'helpurl' || f === 'moreinfo')) {
      const u = text(v);
      if (u?.startsWith('http')) r.help = u;
    }
  }
  return r;
}

/** Several field names in one item (`fields: ["a", "b"]`, Joi's `keys`, Grape's `params`). */
function isFieldList(key: string, v: unknown): v is unknown[] {
  return Array.isArray(v) && (key === 'fields' || key === 'keys' || key === 'params');
}

/** A field reference of any kind as a dotted path ('' when it names none). */
function fieldOf(v: unknown, key: string, item: Record<string, unknown>): string {
  if (isFieldList(key, v)) return fieldPath(text(v[0]) ?? '');
  if (Array.isArray(v)) return fromLoc(v);
  if (isRecord(v)) return fieldOf(own(v, 'pointer') ?? own(v, 'parameter') ?? own(v, 'field'), '', item);
  if (key === 'source') return '';
  const s = typeof v === 'number' ? String(v) : text(v);
  if (s === undefined) return '';
  let path = fieldPath(s);
  // ajv: a `required` error names the missing property under its parent (`instancePath`).
  const missing = text(own(own(item, 'params'), 'missingProperty'));
  if (missing !== undefined && (key === 'instancepath' || key === 'datapath')) path = path === '' ? fieldPath(missing) : `${path}.${fieldPath(missing)}`;
  const dot = path.indexOf('.');
  if (dot > 0 && HEADS.has(path.slice(0, dot))) path = path.slice(dot + 1);
  return isFormLevel(path) ? '' : path;
}

/** State of one read: the sink, the codes seen in order, the first item's text. */
interface Walk extends ErrorSink {
  codes: (string | undefined)[];
  itemMessage?: string;
  mapMessage?: string;
  status: number | undefined;
  budget: number;
  /** The errors of the form are a `message` list (`message: ["email must be an email", ...]`), each one a problem. */
  listed?: boolean;
}

/** Whether a key's list or map is a place where error items live. */
function isErrorKey(f: string): boolean {
  return f.includes('error') || f.includes('invalid') || LIST.has(f);
}

/** A list of error items that name a field and say what is wrong, under any key (Moleculer's `data: [{ field, message, type }]`, SumUp's `fields`). */
function isItemList(v: unknown): boolean {
  const r = Array.isArray(v) && isRecord(v[0]) ? rolesOf(v[0], undefined, false) : undefined;
  // (Its text under a message key proper: `links: [{ path, title }]` is not a list of errors.)
  return r?.field !== undefined && r.messageRank <= MSG;
}

/** Whether an object reads as one error item (it says something, or names a field or a rule). */
function isItem(r: Roles): boolean {
  return r.message !== undefined || r.field !== undefined || r.code !== undefined;
}

/**
 * Whether an object under an error key is one item rather than a field map: it has a message of
 * its own (`message`, `detail`, `msg`...), a code or a field reference. `{ "title": [...] }` and
 * `{ "summary": "..." }` are field maps (a form's title and summary fields).
 */
function isOwnItem(r: Roles): boolean {
  return (r.message !== undefined && (r.messageRank <= 3 || r.messageRank === MSG)) || r.field !== undefined || (r.code !== undefined && r.codeRank < 2);
}

/** One error item: its field (or `prefix` when it names none), text and code; nested items too. */
function readItem(w: Walk, item: unknown, prefix: string, depth: number, index?: number): void {
  if (--w.budget < 0) return;
  if (typeof item === 'string') {
    const m = text(item);
    if (m !== undefined && hasLetter(m)) {
      w.itemMessage ??= m;
      addError(w, isFormLevel(prefix) ? '' : prefix, m, undefined);
    }
    return;
  }
  if (!isRecord(item)) return;
  let r = rolesOf(item, w.status, false);
  // GraphQL-style `extensions` carry the item's code and field.
  const ext = own(item, 'extensions');
  const x = isRecord(ext) ? rolesOf(ext, w.status, false) : undefined;
  if (!isItem(r) && x === undefined) {
    const keys = keysOf(item, 2);
    const only = keys.length === 1 ? item[keys[0] as string] : undefined;
    // A one-key wrapper around an item (`{ "InvalidField": { name, message } }`) in a list.
    if (index !== undefined && isRecord(only) && isItem(rolesOf(only, w.status, false))) return readItem(w, only, prefix, depth);
    // Not an item: a container of items, or a map of fields (one per list entry: `items.1.qty`).
    readContainer(w, item, prefix === '' || index === undefined ? prefix : `${prefix}.${index}`, depth + 1);
    return;
  }
  let fieldKey = r.fieldKey;
  let fieldValue = r.field;
  if (fieldValue === undefined && x?.field !== undefined) {
    fieldKey = x.fieldKey;
    fieldValue = x.field;
  }
  // An item's `name` that is a class name ("ValidationError") beside its field says nothing of its own.
  // So is a `name` that repeats the field's last segment (`{ path: "$.user.name", name: "name" }`).
  if (r.codeKey === 'name' && r.field !== undefined && (/(?:Error|Exception)$/.test(r.code ?? '') || text(r.field)?.endsWith(`.${r.code}`))) r.code = undefined;
  let code = x?.code ?? r.code;
  if (x?.code !== undefined && r.code !== undefined && x.code !== r.code) {
    // `{ extensions: { code: "FAILED_VALIDATION", type: "nnull" } }`: the item's own rule is the field's code.
    w.codes.push(x.code);
    code = r.code;
  }
  // `name` is a field when nothing else names one (`{ name: "email", message }`), else a rule (`{ name: "required", path }`).
  if (fieldValue === undefined && r.codeKey === 'name' && code === r.code) {
    fieldKey = 'name';
    fieldValue = r.code;
    code = x?.code;
  }
  r = r.message === undefined && x?.message !== undefined ? x : r;
  let field = fieldValue === undefined ? '' : fieldOf(fieldValue, fieldKey, item);
  // Under a map key: the key is the field, unless the item names that same field itself (`{ foo: { path: "foo" } }`).
  if (prefix !== '' && !isFormLevel(prefix) && field !== prefix && !field.startsWith(`${prefix}.`)) field = field === '' ? prefix : `${prefix}.${field}`;
  const message = r.message;
  // An item that names its field only as a lowercase `name: ` prefix of its text (Asana's "workspace: Missing input", Okta's errorCauses).
  const named = field === '' ? /^([a-z_][\w.]{0,63}): \S/.exec(message ?? '')?.[1] : undefined;
  if (named !== undefined && !isFormLevel(named)) field = fieldPath(named);
  w.itemMessage ??= message;
  w.codes.push(code);
  // class-validator: `{ property, constraints: { isEmail: "email must be an email" }, children }`, one error per rule.
  const rules = own(item, 'constraints');
  if (isRecord(rules)) {
    for (const k of keysOf(rules, 20)) {
      const m = text(rules[k]);
      w.itemMessage ??= m;
      w.codes.push(k);
      addError(w, field, m, k);
    }
  } else if (isFieldList(fieldKey, fieldValue) && fieldValue.length > 1) {
    for (const f of fieldValue.slice(0, 20)) addError(w, fieldPath(text(f) ?? ''), message, code);
  } else {
    addError(w, field, message, code);
  }
  // Items nested one level deeper (an item's own `errors` / `details` list).
  if (depth < 3) {
    for (const key of keysOf(item, 32)) {
      const f = fold(key);
      if (isErrorKey(f) && !MESSAGE_RANK.has(f) && Array.isArray(item[key])) readList(w, item[key] as unknown[], field, depth + 1);
    }
  }
}

function readList(w: Walk, list: unknown[], prefix: string, depth: number): void {
  const n = Math.min(list.length, MAX_ITEMS);
  for (let i = 0; i < n; i++) readItem(w, list[i], prefix, depth, i);
}

/**
 * An object under an error key: a container of further error lists (`details: { errors: [...] }`)
 * when it has one, an item when it reads as one, else a field map
 * (`{ email: ["taken"], address: { city: "required" } }`).
 */
function readContainer(w: Walk, obj: Record<string, unknown>, prefix: string, depth: number): void {
  if (depth > 8 || --w.budget < 0) return;
  const keys = keysOf(obj);
  let container = false;
  for (const key of keys) {
    const f = fold(key);
    const v = obj[key];
    // (zod's `format()` puts `_errors` beside the fields: a form-level key of the map, not a container.)
    if (isErrorKey(f) && !isFormLevel(key) && (Array.isArray(v) || isRecord(v))) {
      container = true;
      if (Array.isArray(v)) readList(w, v, prefix, depth);
      else readContainer(w, v, prefix, depth + 1);
    }
  }
  if (container) return;
  // LoopBack 3: `{ messages: { email: [...] }, codes: { email: [...] } }`, two maps side by side.
  const messages = own(obj, 'messages');
  const codes = own(obj, 'codes');
  if (isRecord(messages)) {
    for (const key of keysOf(messages)) {
      const field = isFormLevel(key) ? '' : fieldPath(key);
      const keyCodes = arr(own(codes, key));
      bounded(own(messages, key)).forEach((m, i) => {
        const t = text(m);
        if (t === undefined) return;
        const code = codeOf(keyCodes[i]);
        w.codes.push(code);
        addError(w, field, t, code);
      });
    }
    return;
  }
  for (const key of keys) {
    const f = fold(key);
    const v = obj[key];
    if (NOT_FIELD.has(f) || ((OWN_MEMBER.has(f) || MESSAGE_RANK.has(f)) && !Array.isArray(v) && !isRecord(v))) {
      if (MESSAGE_RANK.has(f)) w.mapMessage ??= text(v);
      continue;
    }
    // A location head (`body`, `query`...) holding a map names where the values came from, not a field.
    const path = isFormLevel(key) || (prefix === '' && LOC_SOURCES.has(key) && isRecord(v)) || (f === 'msg' && Array.isArray(v)) ? prefix : prefix === '' ? fieldPath(key) : `${prefix}.${fieldPath(key)}`;
    if (typeof v === 'string') readItem(w, v, path, depth);
    else if (Array.isArray(v)) readList(w, v, path, depth);
    else if (isRecord(v)) {
      if (isItem(rolesOf(v, w.status, false))) readItem(w, v, path, depth);
      else readContainer(w, v, path, depth + 1);
    }
  }
}

/** A list (its first MAX_ITEMS entries), or none. */
function bounded(v: unknown): unknown[] {
  return arr(v).slice(0, MAX_ITEMS);
}

/** Read the error lists and maps under an object's error keys. */
function errorsOf(w: Walk, obj: Record<string, unknown>, depth: number): void {
  for (const key of keysOf(obj, 64)) {
    const f = fold(key);
    const v = obj[key];
    // A message key holding a map is a field map (`message: { email: "..." }`, `messages: { email: [...] }`).
    if ((!isErrorKey(f) && !isItemList(v) && !(isRecord(v) && (f === 'message' || f === 'messages' || f === 'msg'))) || (NESTED.has(f) && isRecord(v)) || f === 'extensions') continue;
    if (f.startsWith('inner')) continue; // Graph's `innerError`: diagnostics, not errors of the request
    if (Array.isArray(v)) readList(w, v, '', depth);
    else if (isRecord(v)) {
      // (`message: { name: ["has already been taken"], path: [...] }` is a field map, though `name` and `path` could name an item's parts.)
      if (isOwnItem(rolesOf(v, w.status, false)) && !isErrorMap(v, w.status)) readItem(w, v, '', depth);
      // A map under `details` / `validation`... holds fields only when its values read as errors (Kubernetes' `details: { name, kind }` is data).
      else if (f.includes('error') || f.includes('invalid') || MESSAGE_RANK.has(f) || isErrorMap(v, w.status, true) || keysOf(v, 32).some((k) => (isErrorKey(fold(k)) || k === 'messages') && typeof v[k] === 'object')) readContainer(w, v, '', depth + 1);
    }
  }
}

/**
 * Whether a value is a tree of errors only (a field map): field → messages or error items, nested
 * maps, lists of maps with `{}` for the valid entries (Django REST serializers, Rails, PocketBase's
 * `data`); at least one message somewhere, and nothing else (a payload's numbers or plain strings).
 */
export function isErrorMap(v: unknown, status: number | undefined, items = false, b = { left: 400, found: false }, depth = 0): boolean {
  if (depth > 8 || --b.left < 0) return false;
  if (Array.isArray(v)) {
    if (v.length === 0) return depth > 0;
    if (v.every((x) => typeof x === 'string')) return (b.found = depth > 0);
    return v.slice(0, MAX_ITEMS).every((x) => isRecord(x) && isErrorMap(x, status, items, b, depth + 1)) && b.found;
  }
  if (!isRecord(v)) return false;
  // With `items`, an error object (`{ code, message }`) may stand for a field's messages.
  if (items && depth > 0 && rolesOf(v, status, false).message !== undefined) return (b.found = true);
  const keys = keysOf(v, 64);
  return (keys.length > 0 || depth > 0) && keys.every((k) => isErrorMap(v[k], status, items, b, depth + 1)) && b.found;
}

/** A message that is itself JSON (tRPC sends zod's issues as `JSON.stringify(issues)`). */
function embedded(m: string | undefined): unknown {
  if (m === undefined || !(m.startsWith('[') || m.startsWith('{'))) return undefined;
  try {
    return JSON.parse(m) as unknown;
  } catch {
    return undefined;
  }
}

/** A node of zod's error tree: its own `errors`, then its `properties` by name and `items` by index. */
function readTree(w: Walk, node: unknown, prefix: string, depth: number): void {
  if (!isRecord(node) || depth > 16 || --w.budget < 0) return;
  readList(w, bounded(own(node, 'errors')), prefix, depth);
  const props = own(node, 'properties');
  if (isRecord(props)) for (const k of keysOf(props)) readTree(w, props[k], prefix === '' ? fieldPath(k) : `${prefix}.${fieldPath(k)}`, depth + 1);
  bounded(own(node, 'items')).forEach((item, i) => readTree(w, item, prefix === '' ? String(i) : `${prefix}.${i}`, depth + 1));
}

/**
 * A body that is itself a field map (Django REST serializer errors, Rails' `record.errors`): field →
 * messages, nested maps, lists of maps by index (`items.1.qty`), form-level keys; a list at the top
 * holds strings (errors of the form) or one map per submitted item.
 */
export function readFieldMap(body: unknown, httpStatus: number | undefined): ErrorSink {
  const w: Walk = { fieldErrors: [], formErrors: [], codes: [], status: httpStatus, budget: 2000 };
  if (isRecord(body)) readContainer(w, body, '', 0);
  else bounded(body).forEach((item, i) => (isRecord(item) ? readContainer(w, item, String(i), 1) : readItem(w, item, '', 1)));
  return { fieldErrors: w.fieldErrors, formErrors: w.formErrors };
}

/** A top-level key that can name a field: not the error's own members (`error`, `errors`, `message`, `code`, `status`...). */
function isFieldKey(key: string): boolean {
  const f = fold(key);
  return isFormLevel(key) || !(NESTED.has(f) || OWN_MEMBER.has(f) || NOT_FIELD.has(f) || isErrorKey(f));
}

/** Read any JSON error body by its shape. Never throws on JSON values. */
export function readShape(body: unknown, httpStatus: number | undefined): DialectResult {
  const w: Walk = { fieldErrors: [], formErrors: [], codes: [], status: httpStatus, budget: 2000 };
  const out: DialectResult = {};
  let lead: string | undefined;
  // A body that is itself a field map (Django REST, Rails `record.errors`, Django `form.errors.as_json()`):
  // its keys are fields, even one called `description` or `title`.
  const map = Array.isArray(body) ? isErrorMap(body, httpStatus) : isRecord(body) && keysOf(body).every(isFieldKey) && isErrorMap(body, httpStatus, true);
  if (map) readContainer(w, body as Record<string, unknown>, '', 1);
  // A batch answer (tRPC's `[{ error }]`): its first error is the body.
  else if (Array.isArray(body) && isRecord(body[0]) && isRecord(own(body[0], 'error'))) return readShape(body[0], httpStatus);
  else if (Array.isArray(body)) {
    // A bare list of errors, or one field map per submitted item (`[{}, { qty: [...] }]`).
    body.slice(0, MAX_ITEMS).forEach((item, i) => (isRecord(item) && !isOwnItem(rolesOf(item, httpStatus, false)) ? readContainer(w, item, String(i), 1) : readItem(w, item, '', 0)));
  } else if (isRecord(body)) {
    const top = rolesOf(body, httpStatus, true);
    // The nested error object: `error`, ServiceStack's `responseStatus`, QuickBooks' `Fault`, Contentful's `sys`.
    let err: unknown = top.nested;
    // A transformer's envelope (superjson's `error: { json: {...} }`).
    if (isRecord(own(err, 'json')) && keysOf(err as Record<string, unknown>, 2).length === 1) err = own(err, 'json');
    const nested = isRecord(err) ? rolesOf(err, httpStatus, false) : undefined;
    const errData = own(err, 'data');
    const data = isRecord(errData) ? rolesOf(errData, httpStatus, false) : undefined;
    // The nested error object is the specific one: its message and code first.
    let message = nested?.message ?? top.message;
    const inner = embedded(message);
    if (inner !== undefined) message = undefined;
    // A JSON-RPC number (tRPC's -32600) yields to the word in `error.data.code`.
    let code = nested?.code ?? top.code;
    if (data?.code !== undefined && (nested?.codeRank ?? 99) >= 50) code = data.code;
    if (code === undefined && message !== undefined) code = lead = leadingCode(message);
    w.codes.push(code);
    const typed = code !== undefined && (nested ?? top).codeKey === 'type' && code.endsWith('_error');
    // zod's treeifyError(): `{ errors, properties: { name: { errors } }, items: [{ errors }] }`.
    if (Array.isArray(own(body, 'errors')) && (isRecord(own(body, 'properties')) || Array.isArray(own(body, 'items')))) readTree(w, body, '', 0);
    // A body that is itself one error about a field (`{ field: "id", message: "bind failed" }`).
    // (With a list of its own errors too, as Elysia sends the first error's `property` beside `errors[]`, the list says more.)
    else if (top.field !== undefined && !(worthReading(body, 1) & 1)) readItem(w, body, '', 9);
    else {
      errorsOf(w, body, 0);
      if (isRecord(err)) errorsOf(w, err, 1);
      if (isRecord(errData)) errorsOf(w, errData, 2);
      for (const d of [own(body, 'data'), errData]) if (isRecord(d) && isErrorMap(d, httpStatus, true)) readContainer(w, d, '', 2);
      if (Array.isArray(inner)) readList(w, inner, '', 1);
      else if (isRecord(inner)) readContainer(w, inner, '', 1);
      // Several messages at the top (`message: ["email must be an email", "age must be positive"]`): each is an error of the form.
      const several = nested?.messages ?? top.messages;
      if (several && w.formErrors.length === 0) {
        w.listed = true;
        readList(w, several, '', 1);
      }
    }
    // `error` beside a `messages` container labels the error, whose texts are in `messages`
    // (CodeIgniter's `{ error: "FAT CHANCE", messages: { error: "Nope" } }`): a code, not the message.
    if (!nested && top.messageRank === ERROR && typeof own(body, 'messages') === 'object' && (w.mapMessage ?? w.itemMessage) !== undefined) {
      if (code === undefined && !isTitle(message as string)) w.codes[0] = message;
      message = undefined;
    }
    // drf-standardized-errors' `type: "validation_error"` names a class of errors: its items' codes say which.
    if (typed && w.codes.length > 1) w.codes.shift();
    out.message = message;
    out.referenceId = top.ref ?? nested?.ref ?? (isRecord(own(body, 'meta')) ? rolesOf(own(body, 'meta') as Record<string, unknown>, httpStatus, false).ref : undefined);
    out.status = top.status ?? nested?.status ?? data?.status;
    out.helpUrl = top.help ?? nested?.help;
  }
  // A bare reason phrase ("Internal Server Error", "Constraint Violation") yields to an item's own text.
  if (out.message === undefined || (w.itemMessage !== undefined && isTitle(out.message))) out.message = w.mapMessage ?? w.itemMessage ?? out.message;
  const codes = uniq(w.codes);
  out.codes = codes;
  if (codes[0] !== undefined) out.code = codes[0];
  out.fieldErrors = w.fieldErrors;
  // The error that gave the body its message and code is not repeated as an error of the form.
  const first = w.formErrors[0];
  // Outside a validation response (422, or field errors) that error is the response itself, not a problem of the form.
  out.formErrors = first !== undefined && first.message === out.message && first.code === out.code && httpStatus !== 422 && !map && !w.listed && w.fieldErrors.length === 0 ? w.formErrors.slice(1) : w.formErrors;
  if (lead !== undefined && out.message === lead) out.message = undefined;
  out.category = categoryOf(codes, httpStatus);
  return out;
}

/**
 * A category the body's codes give where the status leaves room: validation on a 400; an expired
 * token or too many requests on a 400/401/403; a well-known code word when there is no status.
 */
function categoryOf(codes: readonly string[], status: number | undefined): ErrorCategory | undefined {
  const loose = status === undefined || status === 400;
  for (const c of codes) {
    const l = c.toLowerCase();
    if (loose && (l.includes('validat') || l.includes('unprocessable'))) return 'validation';
    if ((loose || status === 401 || status === 403) && l.includes('expired') && (l.includes('token') || l.includes('session') || l.includes('jwt'))) return 'session-expired';
    if ((loose || status === 403) && (l.includes('too_many') || l.includes('rate_limit') || l.includes('quota'))) return 'rate-limited';
    if (loose && (l.includes('not_found') || l.includes('not-exist') || l.includes('not_exist'))) return 'not-found';
    if (loose && (l.includes('exists') || l.includes('duplicate') || l.includes('already'))) return 'conflict';
    if (status === undefined) {
      const k = c.toUpperCase().replace(/[^A-Z\d]/g, '');
      const hit = Object.hasOwn(CODE_WORDS, k) ? CODE_WORDS[k] : undefined;
      if (hit) return hit;
    }
  }
  return undefined;
}

/**
 * What a body has that the structural reader could add, at the top or one level in: 1 an error
 * list or map, 2 a reference id (bit flags).
 */
function worthReading(body: unknown, depth: number): number {
  if (!isRecord(body)) return Array.isArray(body) ? 1 : 0;
  let flags = 0;
  for (const key of keysOf(body, 64)) {
    const f = fold(key);
    if (NESTED.has(f)) flags |= depth === 0 ? worthReading(body[key], 1) : 0;
    else if (isErrorKey(f) || isItemList(body[key])) flags |= typeof body[key] === 'object' && body[key] !== null ? 1 : 0;
    else if (REFERENCE.some((r) => f.endsWith(r))) flags |= 2;
  }
  return flags;
}

/**
 * A dialect whose reading is completed by the structural reader: field and form errors when it set
 * neither list (a dialect that sets one, even empty, has read the body's errors), and a code,
 * reference id or category it did not find; the dialect's own reading always wins. `normalizeError`
 * reads every built-in dialect this way, so that a well-known envelope with a member of its own (a
 * problem details body with `violations[]`) still gives its field errors.
 *
 * @example
 * createNormalizer({ dialects: [withShape(problemDetailsDialect)] });
 */
export function withShape(d: Dialect): Dialect {
  // The dialect itself underneath (its name, keys, detect and anything its methods read through `this`), with a completing map.
  const w = Object.create(d) as { -readonly [K in keyof Dialect]: Dialect[K] };
  return Object.assign(w, {
    map(body: unknown, ctx: DialectContext): DialectResult {
      const r = d.map.call(this, body, ctx);
      // What the dialect left to find (1 errors or a code, 2 a reference id), and what the body has of it.
      const need = (r.fieldErrors === undefined || r.code === undefined ? 1 : 0) | (r.referenceId === undefined ? 2 : 0);
      const has = need === 0 ? 0 : worthReading(body, 0) & need;
      if (has === 0) return r;
      if (has === 2 && isRecord(body)) {
        // Only a reference id: the body's own members, or its nested error's.
        const top = rolesOf(body, ctx.status, true);
        r.referenceId = top.ref ?? (top.nested ? rolesOf(top.nested, ctx.status, false).ref : undefined);
        return r;
      }
      const s = readShape(body, ctx.status);
      if (r.fieldErrors === undefined && (s.fieldErrors?.length || (r.formErrors === undefined && s.formErrors?.length))) {
        r.fieldErrors = s.fieldErrors;
        r.formErrors = s.formErrors;
        if (r.codes !== undefined) r.codes = uniq([...r.codes, ...(s.codes ?? [])]);
        // The dialect's bare reason phrase ("Bad Request", "Constraint Violation") yields to the errors' own text.
        if (s.fieldErrors?.length && isTitle(r.message ?? '')) r.message = s.message;
      }
      if (r.code === undefined && s.code !== undefined) {
        r.code = s.code;
        r.codes = s.codes;
      }
      r.referenceId ??= s.referenceId;
      r.category ??= s.category;
      return r;
    },
  });
}

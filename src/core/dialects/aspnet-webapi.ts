/**
 * Classic ASP.NET Web API 2 `HttpError` (System.Web.Http), serialized with PascalCase keys:
 *
 * ```json
 * { "Message": "The request is invalid.",
 *   "ModelState": { "item.Name": ["The Name field is required."], "item.Price": ["..."] } }
 * { "Message": "An error has occurred.", "ExceptionMessage": "...", "ExceptionType": "...", "StackTrace": "..." }
 * { "Message": "No HTTP resource was found that matches the request URI '...'.", "MessageDetail": "..." }
 * ```
 * https://learn.microsoft.com/aspnet/web-api/overview/formats-and-model-binding/model-validation-in-aspnet-web-api
 * https://learn.microsoft.com/aspnet/web-api/overview/error-handling/exception-handling
 *
 * `Message` is the message. `ExceptionMessage`/`ExceptionType`/`StackTrace` (only with error
 * detail on) are internals and are never read; `MessageDetail` is developer detail, not shown.
 *
 * ModelState keys are prefixed with the action parameter's name (`item.Name` for
 * `Post(Product item)`), which is the server's variable, not part of the submitted payload. When
 * every key shares one such prefix it is stripped, so that `item.Name` becomes `Name` (the JSON
 * member the client sent); a key equal to the prefix alone (an error about the whole body) is
 * form-level. A single key without a dot (a simple parameter such as `id`) is kept as the field.
 *
 * ASP.NET Core's ValidationProblemDetails (`errors`, `title`, `status`) is the 'problem-details'
 * dialect's, not this one's.
 */
import { fieldPath, isFormLevel } from '../field-path.js';
import type { Dialect, DialectResult, FieldError, FormError } from '../types.js';
import { isRecord, keysOf, MAX_ITEMS, own, text } from '../util.js';

/** The parameter-name prefix every key shares (`item` for `item.Name`, `item.Tags[0]`), or undefined. */
function commonPrefix(keys: readonly string[]): string | undefined {
  let prefix: string | undefined;
  let dotted = false;
  for (const k of keys) {
    let end = -1;
    for (let i = 0; i < k.length; i++) {
      const c = k[i];
      if (c === '.' || c === '[') {
        end = i;
        break;
      }
    }
    const head = end < 0 ? k : k.slice(0, end);
    if (end >= 0) dotted = true;
    if (prefix === undefined) prefix = head;
    else if (prefix !== head) return undefined;
  }
  return dotted && prefix !== undefined && prefix !== '' ? prefix : undefined;
}

/** `HttpError` members are PascalCase by default, camelCase with Json.NET's CamelCasePropertyNamesContractResolver. */
function member(body: unknown, pascal: string): unknown {
  const v = own(body, pascal);
  return v !== undefined ? v : own(body, pascal.charAt(0).toLowerCase() + pascal.slice(1));
}

export const aspnetWebApi: Dialect = {
  name: 'aspnet-webapi',
  keys: ['Message', 'message'],
  detect(body) {
    if (!isRecord(body) || typeof member(body, 'Message') !== 'string') return false;
    return (
      isRecord(member(body, 'ModelState')) ||
      typeof member(body, 'MessageDetail') === 'string' ||
      typeof member(body, 'ExceptionMessage') === 'string'
    );
  },
  map(body) {
    const out: DialectResult = {};
    const message = text(member(body, 'Message'));
    if (message !== undefined) out.message = message;
    const state = member(body, 'ModelState');
    if (!isRecord(state)) return out;
    const keys = keysOf(state);
    const prefix = commonPrefix(keys);
    const fieldErrors: FieldError[] = [];
    const formErrors: FormError[] = [];
    for (const key of keys) {
      const list = own(state, key);
      const texts = Array.isArray(list) ? list.slice(0, MAX_ITEMS) : [list];
      let rest = key;
      if (prefix !== undefined) {
        rest = key === prefix ? '' : key.slice(prefix.length);
        if (rest.startsWith('.')) rest = rest.slice(1);
      }
      const field = isFormLevel(rest) ? '' : fieldPath(rest);
      for (const t of texts) {
        const m = text(t);
        if (m === undefined) continue;
        if (field === '') formErrors.push({ message: m });
        else fieldErrors.push({ field, message: m });
        if (fieldErrors.length + formErrors.length >= MAX_ITEMS) break;
      }
    }
    out.fieldErrors = fieldErrors;
    out.formErrors = formErrors;
    return out;
  },
};

/**
 * Spring Boot's default error attributes (`DefaultErrorAttributes`, servlet and WebFlux), the body
 * `BasicErrorController` / `DefaultErrorWebExceptionHandler` send to machine clients:
 *
 * ```json
 * { "timestamp": "2021-05-18T14:13:17.334+00:00", "path": "/register", "status": 400,
 *   "error": "Bad Request", "message": "", "requestId": "d9da178b-2" }
 * ```
 * https://docs.spring.io/spring-boot/reference/web/servlet.html#web.servlet.spring-mvc.error-handling
 *
 * - `error` is only the reason phrase of `status`: never used as the message.
 * - `message` is "No message available" (Boot 1.x/2.x default) or "" (Boot 2.3+ unless
 *   `server.error.include-message=always`): both mean no message.
 * - `errors` (with `include-binding-errors`) is the BindingResult: `field` + `defaultMessage` +
 *   `code` per field error; object errors (no `field`) are form-level.
 * - `requestId` (WebFlux, Boot 2.3+) is the id to give support.
 * - `exception` and `trace` (class name and stack trace) are never read.
 * - `timestamp` is an ISO string (Boot 2+) or epoch millis (Boot 1.x).
 */
import { fieldPath } from '../field-path.js';
import type { Dialect, DialectResult, FieldError, FormError } from '../types.js';
import { addError, codeOf, isRecord, MAX_ITEMS, own, statusOf, text } from '../util.js';

const NO_MESSAGE = 'No message available';

export const spring: Dialect = {
  name: 'spring',
  keys: ['timestamp'],
  detect(body) {
    if (!isRecord(body)) return false;
    const ts = own(body, 'timestamp');
    return (
      (typeof ts === 'string' || typeof ts === 'number') &&
      typeof own(body, 'status') === 'number' &&
      typeof own(body, 'error') === 'string' &&
      typeof own(body, 'path') === 'string'
    );
  },
  map(body) {
    const out: DialectResult = {};
    const status = statusOf(own(body, 'status'));
    if (status !== undefined) out.status = status;
    const message = text(own(body, 'message'));
    if (message !== undefined && message !== NO_MESSAGE) out.message = message;
    const requestId = text(own(body, 'requestId'));
    if (requestId !== undefined && requestId.length <= 200) out.referenceId = requestId;
    const errors = own(body, 'errors');
    if (Array.isArray(errors)) {
      const fieldErrors: FieldError[] = [];
      const formErrors: FormError[] = [];
      for (const e of errors.slice(0, MAX_ITEMS)) {
        if (!isRecord(e)) continue;
        const m = text(own(e, 'defaultMessage'));
        const code = codeOf(own(e, 'code'));
        const field = text(own(e, 'field'));
        const path = field !== undefined ? fieldPath(field) : '';
        addError({ fieldErrors, formErrors }, path, m, code);
      }
      out.fieldErrors = fieldErrors;
      out.formErrors = formErrors;
    }
    return out;
  },
};

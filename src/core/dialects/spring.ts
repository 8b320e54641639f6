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
import { readShape } from '../shape.js';
import type { Dialect } from '../types.js';
import { isRecord, own, text } from '../util.js';

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
  map(body, ctx) {
    // `status`, `requestId` and the BindingResult `errors[]` ({ field, defaultMessage, code }): the structural reader's.
    const out = readShape(body, ctx.status);
    // The text is `message` alone (`error` is the reason phrase); Boot < 2.3 sends "No message available" for none.
    const message = text(own(body, 'message'));
    out.message = message === NO_MESSAGE ? undefined : message;
    return out;
  },
};

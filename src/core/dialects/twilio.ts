/**
 * Twilio REST errors: `{ code: 20404, message, more_info: 'https://www.twilio.com/docs/errors/20404',
 * status: 404 }`. https://www.twilio.com/docs/usage/twilios-response#response-formats-exceptions
 */
import type { Dialect, DialectResult, ErrorCategory } from '../types.js';
import { codeOf, codeTable, isRecord, own, statusOf, text } from '../util.js';

/** A few codes whose meaning differs from their status (https://www.twilio.com/docs/api/errors). */
// 20003: Authentication Error - invalid username
// 20429: Too Many Requests
// 21211: Invalid 'To' Phone Number
// 21608: Unverified number: a trial account may only send to verified numbers
// 21610: Attempt to send to unsubscribed recipient
const CODES: ReadonlyMap<string, ErrorCategory> = /* @__PURE__ */ codeTable(
  'unauthenticated:20003;rate-limited:20429;validation:21211;forbidden:21608 21610',
);

export const twilio: Dialect = {
  name: 'twilio',
  keys: ['code'],
  detect(body) {
    if (!isRecord(body) || typeof own(body, 'code') !== 'number') return false;
    const more = own(body, 'more_info');
    return typeof more === 'string' && more.includes('twilio.com');
  },
  map(body) {
    const code = codeOf(own(body, 'code')) as string;
    const out: DialectResult = { code };
    const category = CODES.get(code);
    if (category) out.category = category;
    if (code === '21211') out.fieldErrors = [{ field: 'To', code }];
    const message = text(own(body, 'message'));
    if (message !== undefined) {
      out.message = message;
      if (out.fieldErrors?.[0]) out.fieldErrors[0].message = message;
    }
    const more = text(own(body, 'more_info'));
    if (more !== undefined) out.helpUrl = more;
    const status = statusOf(own(body, 'status'));
    if (status !== undefined) out.status = status;
    return out;
  },
};

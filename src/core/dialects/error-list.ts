/**
 * `{ "errors": [ { "errorCode": 5000, "message": "validation error", "subject": "firstName",
 * "subjectType": "parameter" } ] }` and the single flat form `{ "errorCode": 3001, "message": ... }`
 * (shared/seeds/004). "While the text for an error message may change, the codes will stay the
 * same": the code decides the category. `subject` names the field for validation errors.
 */
import { fieldPath } from '../field-path.js';
import type { Dialect, DialectResult, ErrorCategory, FieldError, FormError } from '../types.js';
import { addError, codeOf, isRecord, MAX_ITEMS, own, text, uniq } from '../util.js';

const CODES: Readonly<Record<string, ErrorCategory>> = {
  '2006': 'server', // entity saving error
  '200601': 'conflict', // USPTA number must be unique
  '200602': 'conflict', // PTR number must be unique
  '3001': 'not-found', // entity not found
  '3002': 'conflict', // entity already exists
  '4003': 'unauthenticated', // authentication token is invalid
  '4004': 'unauthenticated', // authentication error
  '4005': 'server', // backend system token is invalid: the server's own credentials, not the user's
  '4006': 'forbidden', // access denied
  '5000': 'validation', // validation error (subject / subjectType name the field)
  '5001': 'bad-request', // illegal combination of method arguments
  '5002': 'bad-request', // entity id is empty
  '5003': 'not-found', // unknown identifier error
  '5004': 'conflict', // no remaining amount
  '6001': 'validation', // empty client org
  '6002': 'validation', // empty password
  '6003': 'bad-request', // invalid client grant type
  '6004': 'bad-request', // invalid client profile
  '6005': 'bad-request', // invalid client scope set
  '6006': 'validation', // new password not match
  '6007': 'validation', // wrong password
  '9001': 'server', // unexpected system error
  '9002': 'bad-request', // HTTP message not readable
  '9003': 'server', // mail trigger error
};

/** 4005 is the server's own backend credential: retrying the same request cannot fix it. */
const NOT_RETRYABLE = new Set(['4005']);

function items(body: unknown): unknown[] {
  const errors = own(body, 'errors');
  if (Array.isArray(errors)) return errors.slice(0, MAX_ITEMS);
  return [body];
}

function isItem(v: unknown): boolean {
  return isRecord(v) && codeOf(own(v, 'errorCode')) !== undefined;
}

export const errorList: Dialect = {
  name: 'error-list',
  keys: ['errors', 'message'],
  detect(body) {
    if (!isRecord(body)) return false;
    const errors = own(body, 'errors');
    // The API sends the list alone; a body with a message of its own beside `errors` is another API's (express-openapi-validator).
    if (Array.isArray(errors)) return errors.length > 0 && isItem(errors[0]) && !('message' in body);
    return isItem(body) && typeof own(body, 'message') === 'string';
  },
  map(body) {
    const list = items(body).filter(isItem);
    const fieldErrors: FieldError[] = [];
    const formErrors: FormError[] = [];
    for (const item of list) {
      const code = codeOf(own(item, 'errorCode'));
      const message = text(own(item, 'message'));
      const subject = text(own(item, 'subject'));
      // With one error and no subject, the error is the response itself, not a form error.
      if (subject !== undefined || list.length > 1) addError({ fieldErrors, formErrors }, subject === undefined ? '' : fieldPath(subject), message, code);
    }
    const first = list[0];
    const code = codeOf(own(first, 'errorCode'));
    const out: DialectResult = {
      codes: uniq(list.map((i) => codeOf(own(i, 'errorCode')))),
      message: text(own(first, 'message')),
      // Without a subject anywhere the lists stay unset, for the structural reader (`path`, `field`...).
      fieldErrors: fieldErrors.length ? fieldErrors : undefined,
      formErrors,
    };
    if (code !== undefined) {
      out.code = code;
      const category = Object.hasOwn(CODES, code) ? CODES[code] : undefined;
      if (category) out.category = category;
      if (NOT_RETRYABLE.has(code)) out.retryable = false;
    }
    return out;
  },
};

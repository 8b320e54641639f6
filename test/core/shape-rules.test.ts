/**
 * The structural reader's rules added after the second blind test (issue #11), each with the
 * negative case it must not misread. The verbatim cases behind them are in
 * test/fixtures/frameworks/ (codeigniter4, moleculer-web, elysia, payments-sumup-epay-paynow...);
 * these bodies are minimal on purpose, to pin one rule each.
 */
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core/index.js';

const read = (status: number, body: unknown, headers?: Record<string, string>) => normalizeError(headers ? { status, body, headers } : { status, body });

describe('a list of field items under any key', () => {
  it('is read as the errors (`data: [{ field, message, type }]`)', () => {
    const r = read(422, { message: 'Parameters validation error!', data: [{ field: 'name', message: 'is required', type: 'required' }] });
    expect(r.fieldErrors).toEqual([{ field: 'name', message: 'is required', code: 'required' }]);
  });
  it('but links or other lists with a path and a title are not errors', () => {
    const r = read(404, { message: 'Not found', links: [{ path: '/docs/errors', title: 'Error reference' }] });
    expect(r.fieldErrors).toEqual([]);
    expect(r.formErrors).toEqual([]);
    expect(r.category).toBe('not-found');
  });
  it('and a list of plain field names is not a list of errors', () => {
    const r = read(400, { message: 'Bad input', fields: ['email', 'name'] });
    expect(r.fieldErrors).toEqual([]);
    expect(r.formErrors).toEqual([]);
  });
});

describe('a field map under `message`', () => {
  it('gives one field error per message, and the first as the message', () => {
    const r = read(400, { message: { name: ['has already been taken'], path: ['is invalid'] } });
    expect(r.fieldErrors).toEqual([
      { field: 'name', message: 'has already been taken' },
      { field: 'path', message: 'is invalid' },
    ]);
    expect(r.message).toBe('has already been taken');
    expect(r.category).toBe('validation');
  });
  it('while `message: { field, text }` stays one item about that field', () => {
    const r = read(400, { message: { field: 'email', text: 'is invalid' } });
    expect(r.fieldErrors).toEqual([{ field: 'email', message: 'is invalid' }]);
  });
});

describe('`error` beside a `messages` container', () => {
  it('labels the error (a code); the text comes from `messages`', () => {
    const r = read(401, { status: 401, error: 'TOKEN INVALID', messages: { error: 'Your token is invalid' } });
    expect(r.code).toBe('TOKEN INVALID');
    expect(r.message).toBe('Your token is invalid');
    expect(r.formErrors).toEqual([]);
  });
  it('a reason phrase there is not taken as a code', () => {
    const r = read(404, { error: 'Not Found', messages: { error: 'No such user' } });
    expect(r.code).toBeUndefined();
    expect(r.message).toBe('No such user');
  });
  it('without `messages`, `error` stays the message', () => {
    const r = read(500, { error: 'Something went wrong' });
    expect(r.message).toBe('Something went wrong');
    expect(r.code).toBeUndefined();
  });
});

describe('a field named by a lowercase `name: ` prefix of an item', () => {
  it('is the field of a 400 item (the text kept as sent)', () => {
    const r = read(400, { errors: [{ message: 'workspace: Missing input' }] });
    expect(r.fieldErrors).toEqual([{ field: 'workspace', message: 'workspace: Missing input' }]);
    expect(r.category).toBe('validation');
  });
  it('but a capitalized lead word ("Bad Request: ...", "Conflict: ...") is not a field', () => {
    expect(read(400, { errors: [{ message: 'Bad Request: chat not found' }] }).fieldErrors).toEqual([]);
    expect(read(409, { errors: [{ message: 'Conflict: terminated by other long poll' }] }).fieldErrors).toEqual([]);
  });
  it('nor is a top-level message', () => {
    expect(read(400, { message: 'query: must be a string' }).fieldErrors).toEqual([]);
  });
});

describe('codes and waits', () => {
  it('a numeric code 0 (an exception given no code) is no code', () => {
    expect(read(404, { name: 'Not Found Exception', message: 'Gone.', code: 0, status: 404 }).code).toBeUndefined();
    expect(read(400, { code: 1001, message: 'Bad amount' }).code).toBe('1001');
  });
  it('a 429 body stating `retry_after` seconds, at the top or one level in, gives the wait', () => {
    expect(read(429, { ok: false, description: 'Too Many Requests', parameters: { retry_after: 7 } }).retryAfterMs).toBe(7000);
    expect(read(429, { message: 'Slow down', retry_after: 2 }).retryAfterMs).toBe(2000);
  });
  it('a Retry-After header wins over the body', () => {
    expect(read(429, { parameters: { retry_after: 7 } }, { 'retry-after': '3' }).retryAfterMs).toBe(3000);
  });
  it('outside a 429 a body `retry_after` says nothing', () => {
    expect(read(400, { message: 'Bad', retry_after: 5 }).retryAfterMs).toBeUndefined();
  });
});

describe('GraphQL or not', () => {
  it('an `errors[]` item with a string `path` is not a GraphQL error (Elysia, express-openapi-validator)', () => {
    const r = read(400, { message: "Unknown query parameter 'type'", errors: [{ path: '/query/type', message: "Unknown query parameter 'type'" }] });
    expect(r.dialect).not.toBe('graphql');
    expect(r.fieldErrors).toEqual([{ field: 'type', message: "Unknown query parameter 'type'" }]);
  });
  it('while a list `path` still is', () => {
    expect(read(200, { errors: [{ message: 'Cannot query field', path: ['user', 'name'] }] }).dialect).toBe('graphql');
  });
});

describe('a problem title yields to the field errors’ own text', () => {
  it('"Bad Request" beside `fields[]` with a JSONPath', () => {
    const r = read(400, { type: 'https://example.com/problem/bad-request', status: 400, detail: 'Bad Request', fields: [{ path: '$.user.name', name: 'name', message: 'Name must not be empty' }] });
    expect(r.message).toBe('Name must not be empty');
    expect(r.fieldErrors).toEqual([{ field: 'user.name', message: 'Name must not be empty' }]);
  });
  it('a real sentence in `detail` stays the message', () => {
    const r = read(400, { type: 'https://example.com/problem/bad-request', status: 400, detail: 'The order could not be placed.', fields: [{ path: '$.qty', message: 'must be positive' }] });
    expect(r.message).toBe('The order could not be placed.');
  });
});

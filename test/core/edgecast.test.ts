/**
 * Edgecast's documented error types carry no code: the dialect tells them apart by the texts the
 * docs quote and, for the others, by the status the docs list them under. The envelope is the
 * documented Generic Format `{ "Message": "..." }`; the texts below other than the quoted ones are
 * only probes of the classifier, not claims about Edgecast's wording.
 */
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src/core/index.js';

describe('edgecast classifier', () => {
  it.each([
    [400, 'Cannot update or retrieve information of a deleted customer.', 'deleted-customer', 'forbidden'],
    [400, 'The customer account is inactive', 'deleted-customer', 'forbidden'],
    [400, 'Missing required field: MediaPath', 'missing-required-fields', 'validation'],
    [400, 'Content-Type does not match the request body', 'invalid-request-type', 'bad-request'],
    [400, 'Invalid customer ID', 'invalid-customer-id', 'bad-request'],
    [400, 'The value of MediaType is invalid', 'invalid-request-url', 'validation'],
    [401, 'Token expired', 'expired-token', 'session-expired'],
    [401, 'Insufficient scope', 'insufficient-permissions', 'forbidden'],
    [401, 'Unauthorized', 'missing-token', 'unauthenticated'],
    [403, 'Invalid user', 'invalid-user', 'unauthenticated'],
    [403, 'Access Denied', 'access-denied', 'unauthenticated'],
    [403, 'ACCESS DENIED', 'access-denied', 'unauthenticated'],
    [403, 'Insufficient access rights', 'insufficient-access', 'forbidden'],
    [403, 'Invalid case in request URL', 'invalid-case', 'bad-request'],
    [404, 'Endpoint not found', 'endpoint-not-found', 'not-found'],
    [405, 'Invalid Request', 'method-not-allowed', 'bad-request'],
    [409, 'Already configured', 'invalid_request', 'conflict'],
    [500, 'Method Error', 'method-error', 'server'],
  ])('%d %s → %s', (status, Message, kind, category) => {
    const e = normalizeError({ status, body: { Message } });
    expect(e).toMatchObject({ dialect: 'edgecast', category, messageKeys: [`edgecast.${kind}`], message: Message });
  });

  it('409 with the documented code invalid_request', () => {
    const e = normalizeError({ status: 409, body: { code: 'invalid_request', message: 'x' } });
    expect(e).toMatchObject({ dialect: 'edgecast', code: 'invalid_request', category: 'conflict' });
  });

  it('does not claim ASP.NET Web API default texts or bodies with more members', () => {
    expect(normalizeError({ status: 500, body: { Message: 'An error has occurred.' } }).dialect).not.toBe('edgecast');
    expect(normalizeError({ status: 400, body: { Message: 'The request is invalid.', ModelState: {} } }).dialect).not.toBe('edgecast');
  });

  it('does not claim a 403 it cannot place', () => {
    expect(normalizeError({ status: 403, body: { Message: 'Nope' } }).dialect).not.toBe('edgecast');
  });
});

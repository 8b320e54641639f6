import { describe, expect, it } from 'vitest';
import { fieldDictErrors, fieldPath, fromLoc, fromPointer, isFieldDict, isFormLevel } from '../../src/core/field-path.js';
import { normalizeError } from '../../src/core/index.js';

describe('fromPointer (RFC 6901)', () => {
  it.each([
    ['/data/attributes/email', 'email'],
    ['/data/attributes/address/city', 'address.city'],
    ['/data/relationships/author', 'author'],
    ['#/email', 'email'],
    ['/items/0/qty', 'items.0.qty'],
    ['/a~1b/c~0d', 'a/b.c~d'],
    ['#/first%20name', 'first name'],
    ['/', ''],
    ['', ''],
    ['/data', 'data'],
  ])('%s → %s', (pointer, path) => expect(fromPointer(pointer)).toBe(path));
});

describe('fromLoc (FastAPI / Pydantic)', () => {
  it.each([
    [['body', 'email'], 'email'],
    [['body', 'items', 0, 'qty'], 'items.0.qty'],
    [['query', 'limit'], 'limit'],
    [['path', 'item_id'], 'item_id'],
    [['header', 'x-token'], 'x-token'],
    [['cookie', 'session'], 'session'],
    [['email'], 'email'],
    [['body'], ''],
    [[], ''],
  ] as [unknown[], string][])('%j → %s', (loc, path) => expect(fromLoc(loc)).toBe(path));
});

describe('fieldPath', () => {
  it.each([
    ['email', 'email'],
    ['address.city', 'address.city'],
    ['Items[0].Qty', 'Items.0.Qty'],
    ['$.items[0].qty', 'items.0.qty'],
    ["person['first name']", 'person.first name'],
    ['items.0.qty', 'items.0.qty'],
    ['/data/attributes/title', 'title'],
    ['  spaced  ', 'spaced'],
  ])('%s → %s', (raw, path) => expect(fieldPath(raw)).toBe(path));
});

describe('isFormLevel', () => {
  it.each(['', 'non_field_errors', '__all__', '$', 'root'])('%j is form-level', (k) => expect(isFormLevel(k)).toBe(true));
  it.each(['email', 'items.0.qty', 'rooted'])('%j is a field', (k) => expect(isFormLevel(k)).toBe(false));
});

describe('field dicts ({ field: ["message", ...] })', () => {
  it.each([
    [{ title: ["can't be blank"] }, true],
    [{ 'address.city': ['is required'], base: ['Cannot delete the default address'] }, true],
    [{}, false],
    [{ message: 'not a list' }, false],
    [{ title: [] }, false],
    [{ title: ['ok', 3] }, false],
    [{ code: 'X', message: 'Y' }, false],
    [['a'], false],
    [null, false],
  ])('%j → %s', (value, want) => expect(isFieldDict(value)).toBe(want));

  it('puts form-level keys in formErrors and joins several messages', () => {
    expect(fieldDictErrors({ 'items[0].qty': ['must be positive', 'must be whole'], base: ['Order is closed'] })).toEqual({
      fieldErrors: [{ field: 'items.0.qty', message: 'must be positive must be whole' }],
      formErrors: [{ message: 'Order is closed' }],
    });
  });

  it('the generic dialect reads the { errors: { field: [...] } } envelope, and only that shape', () => {
    // (With a `base` key the body is Shopify's REST shape, read by the shopify dialect.)
    const e = normalizeError({ status: 422, body: '{"errors":{"email":["is invalid"],"password":["is too short","needs a digit"]}}' });
    expect(e).toMatchObject({
      dialect: 'generic',
      category: 'validation',
      fieldErrors: [
        { field: 'email', message: 'is invalid' },
        { field: 'password', message: 'is too short' },
        { field: 'password', message: 'needs a digit' },
      ],
      formErrors: [],
    });
    const notADict = normalizeError({ status: 400, body: '{"errors":{"message":"Bad thing"}}' });
    expect(notADict.fieldErrors).toEqual([]);
    expect(notADict.message).toBe('Bad thing');
    expect(notADict.category).toBe('bad-request');
  });
});

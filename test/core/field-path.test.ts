import { describe, expect, it } from 'vitest';
import { fieldPath, fromLoc, fromPointer, isFormLevel } from '../../src/core/field-path.js';

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

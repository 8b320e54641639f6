/**
 * Field errors say what is wrong, in every locale, for the verbatim payloads of each framework
 * (test/fixtures/frameworks/*.json and the fastapi, django-rest, github and laravel fixtures):
 * our text for a machine-readable code (with its limit), else the server's own field text, else the
 * generic text; the same in describeError, FieldErrorList and useFieldErrors().toFormErrors().
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, renderHook } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiErrorProvider, FieldErrorList, createTexts, describeError, fieldKind, normalizeError, pseudoLocale, supportedLocales, useFieldErrors } from '../../src/index.js';

afterEach(cleanup);

interface Case {
  name: string;
  input: unknown;
}
const fixtures = join(import.meta.dirname, '../fixtures');
const FILES = [...readdirSync(join(fixtures, 'frameworks')).map((f) => `frameworks/${f}`), 'fastapi.json', 'django-rest.json', 'github.json', 'laravel.json'];
const CASES: (Case & { file: string })[] = FILES.flatMap((file) => (JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as Case[]).map((c) => ({ ...c, file })));
const WITH_FIELDS = CASES.filter((c) => normalizeError(c.input).fieldErrors.length > 0);
const LOCALES = [...supportedLocales, pseudoLocale];

type Expect = [key: string, vars?: Record<string, number>] | 'server';
/**
 * What each field code in the verbatim payloads means (code | the server's text), framework by framework.
 * 'server': a code that says nothing specific ("invalid", "ValidationError", a custom one): the server's text says more.
 */
const EXPECTED: Record<string, Expect> = {
  // Pydantic v2 / FastAPI / django-ninja
  'int_parsing | Input should be a valid integer, unable to parse string as an integer': ['field.integer'],
  'missing | Field required': ['field.required'],
  'extra_forbidden | Extra inputs are not permitted': ['field.notAllowed'],
  'value_error | Value error, invalid email': 'server',
  // Pydantic v1
  'type_error.integer | value is not a valid integer': ['field.integer'],
  'value_error.missing | field required': ['field.required'],
  // Django forms and Django REST framework (drf-standardized-errors)
  'invalid | Enter a valid email address.': ['field.email'],
  'required | This field is required.': ['field.required'],
  'max_length | Ensure this value has at most 100 characters.': ['field.maxLength', { count: 100 }],
  // GitHub
  'missing_field | ': ['field.required'],
  // JSON Schema / ajv (express-openapi-validator)
  "required.openapi.validation | must have required property 'limit'": ['field.required'],
  'type.openapi.validation | must be integer': ['field.integer'],
  'type.openapi.validation | must be number': ['field.number'],
  'enum.openapi.validation | must be equal to one of the allowed values: dog, cat': ['field.choice'],
  // zod (v3 and v4, also through Hono and tRPC)
  'invalid_type | Invalid input: expected string, received number': ['field.text'],
  'invalid_type | Invalid input: expected number, received string': ['field.number'],
  'invalid_type | Invalid input: expected object, received array': 'server',
  'invalid_type | Expected string, received null': ['field.required'],
  "unrecognized_keys | Unrecognized key(s) in object: 'extra'": ['field.notAllowed'],
  'too_small | Value should be greater than or equal to 10000': ['field.min', { limit: 10000 }],
  'invalid_string | Invalid email': ['field.email'],
  // class-validator (NestJS)
  'isEmail | email must be an email': ['field.email'],
  // Rails-style / LoopBack 3 (ActiveModel-like types) and LoopBack 4 (ajv)
  "presence | can't be blank": ['field.required'],
  'uniqueness | Email already exists': ['field.unique'],
  'type | should be number': ['field.number'],
  'type | should be string': ['field.text'],
  // AdonisJS (VineJS / Indicative rules, as Laravel's)
  'unique | Username is not unique': ['field.unique'],
  'required | required validation failed': ['field.required'],
  // FluentValidation / ServiceStack
  "GreaterThan | 'Age' must be greater than '0'.": ['field.minExclusive', { limit: 0 }],
  "NotEmpty | 'Company' should not be empty.": ['field.required'],
  "ShouldNotBeEmpty | 'Name' should not be empty.": 'server',
  'CustomException | User Defined Error': 'server',
  'UnauthorizedAccessException | Error Message': 'server',
  // Symfony / API Platform
  'c1051bb4-d103-4f74-8988-acbcafc7fdc3 | This value should not be blank.': ['field.required'],
  // Contentful, Zendesk, Square, PocketBase, Directus, Strapi (yup), Hasura, OpenAI, tRPC
  'unknown | ': 'server',
  'taken | ': ['field.unique'],
  'DuplicateValue | Email: scooby@doo.com is already being used by another user': ['field.unique'],
  'EXPECTED_STRING | Expected a string value (line 1, character 14)': ['field.text'],
  'validation_required | Missing required value.': ['field.required'],
  'validation_invalid_mime_type | "test_backup.txt" mime type must be one of: application/zip.': ['field.fileType'],
  'nnull | "required" contains an invalid value': ['field.required'],
  'nnull | Validation failed for field "text". Value can\'t be null.': ['field.required'],
  'ValidationError | dz must be defined.': 'server',
  'ValidationError | dz[0].description must be at least 3 characters': 'server',
  'ValidationError | dz[0].__component is a required field': 'server',
  'ValidationError | email must be a lowercase string': 'server',
  'validation-failed | field "notPresentCol" not found in type: \'author\'': 'server',
  'constraint-violation | Uniqueness violation. duplicate key value violates unique constraint "author_name_key"': 'server',
  "context_length_exceeded | This model's maximum context length is 4097 tokens. However, you requested 4120 tokens (3120 in the messages, 1000 in the completion). Please reduce the length of the messages or completion.": ['field.maxLengthAny'],
  '-32600 | Something went wrong': 'server',
  '-32600 | Invalid input: expected object, received undefined': 'server',
  // Moleculer Web (fastest-validator), Elysia (TypeBox's numeric error kinds), SumUp, Okta's errorCauses reasons
  "required | The 'name' field is required.": ['field.required'],
  '62 | Expected union value': 'server',
  'INVALID | Validation error': 'server',
  'LENGTH_MINIMUM | password: Passwords must be at least 8 characters in length': 'server',
  'UPPER_CASE_REQUIRED | password: Password requirements: at least 0 characters, an uppercase letter.': 'server',
  'NUMBER_REQUIRED | password: Password requirements: at least 0 characters, a number.': 'server',
};

const lookup = (code: string, message: string | undefined): Expect | undefined => EXPECTED[`${code} | ${message ?? ''}`];

describe('the verbatim payloads', () => {
  it('hold field errors from every framework listed in the issue', () => {
    const files = new Set(WITH_FIELDS.map((c) => c.file));
    for (const f of ['fastapi.json', 'django-rest.json', 'github.json', 'laravel.json', 'frameworks/ajv-openapi.json', 'frameworks/zod.json', 'frameworks/nestjs.json', 'frameworks/rails.json', 'frameworks/hapi-boom-joi.json', 'frameworks/django.json']) {
      expect(files, f).toContain(f);
    }
  });
  it('every field code in them has an expectation here (a new fixture needs one)', () => {
    const missing = WITH_FIELDS.flatMap((c) => normalizeError(c.input).fieldErrors.filter((f) => f.code && !lookup(f.code, f.message)).map((f) => `${c.file}: ${f.code} | ${f.message ?? ''}`));
    expect(missing).toEqual([]);
  });
});

describe.each(LOCALES.map((l) => [l]))('field errors in %s', (lng) => {
  const texts = createTexts(lng);
  const generic = texts.t('ui.fieldInvalid');

  it('describeError: our text for a code (with its limit), else the server text, else generic', () => {
    for (const c of WITH_FIELDS) {
      const model = describeError(c.input, { locale: lng });
      const raw = normalizeError(c.input).fieldErrors;
      model.fieldErrors.forEach((view, i) => {
        const f = raw[i];
        const where = `${c.file} › ${c.name} › ${view.field}`;
        const expected = f?.code ? lookup(f.code, f.message) : 'server';
        if (expected && expected !== 'server') {
          expect(view.message, where).toBe(texts.t(expected[0], expected[1]));
          expect(view.source, where).toBe('code');
          expect(view.message, where).not.toMatch(/\{\{/);
        } else if (f?.message?.trim()) {
          expect(view.message, where).toBe(f.message);
          expect(view.source, where).toBe('server');
        } else {
          expect(view.message, where).toBe(generic);
          expect(view.source, where).toBe('generic');
        }
      });
    }
  });

  it('with the server text turned off: our text for a code, else the generic text; never the server text', () => {
    for (const c of WITH_FIELDS) {
      for (const view of describeError(c.input, { locale: lng, serverFieldMessages: false }).fieldErrors) {
        expect(view.source, `${c.file} › ${c.name}`).not.toBe('server');
        if (view.source === 'generic') expect(view.message).toBe(generic);
      }
    }
  });

  // Renders every fixture with field errors twice: seconds of work, more on a busy machine (not a speed check).
  it('FieldErrorList and useFieldErrors().toFormErrors() show the same texts', { timeout: 60_000 }, () => {
    const wrapper = ({ children }: { children: ReactNode }) => <ApiErrorProvider locale={lng}>{children}</ApiErrorProvider>;
    for (const c of WITH_FIELDS) {
      const model = describeError(c.input, { locale: lng });
      const byField = new Map<string, string[]>();
      for (const f of model.fieldErrors) byField.set(f.field, [...new Set([...(byField.get(f.field) ?? []), f.message])]);
      const { result, unmount } = renderHook(() => useFieldErrors(c.input), { wrapper });
      const pairs = new Map(result.current.toFormErrors());
      for (const field of byField.keys()) expect(pairs.get(field)?.message, `${c.file} › ${field}`).toBe(result.current.get(field).map((f) => f.message).join(' '));
      for (const [field, messages] of byField) for (const m of messages) expect(pairs.get(field)?.message, `${c.file} › ${field}`).toContain(m);
      unmount();
      const { container } = render(<FieldErrorList error={c.input} />, { wrapper });
      for (const [field, messages] of byField) {
        const item = [...container.querySelectorAll('li[data-field]')].find((li) => li.getAttribute('data-field') === field);
        for (const m of messages) expect(item?.textContent, `${c.file} › ${field}`).toContain(m);
      }
      cleanup();
    }
    // (It renders every verbatim payload with field errors, twice: its time grows with the fixtures.)
  });
});

describe('fieldKind', () => {
  it('reads limits from the server text, never from a path', () => {
    expect(fieldKind('min', 'The users.0.name field must be at least 3 characters.')).toEqual({ kind: 'minLength', limit: 3 });
    expect(fieldKind('string_too_short', 'String should have at least 3 characters')).toEqual({ kind: 'minLength', limit: 3 });
    expect(fieldKind('too_short', 'List should have at least 1 item after validation, not 0')).toEqual({ kind: 'minItems', limit: 1 });
    expect(fieldKind('minLength', 'must NOT have fewer than 8 characters')).toEqual({ kind: 'minLength', limit: 8 });
    expect(fieldKind('min', 'age must not be less than 18')).toEqual({ kind: 'min', limit: 18 });
    expect(fieldKind('max', 'The photo must not be greater than 2048 kilobytes.')).toEqual({ kind: 'fileSize' });
    expect(fieldKind('too_big', 'Too big: expected string to have <=10 characters')).toEqual({ kind: 'maxLength', limit: 10 });
    expect(fieldKind('string.min', '"name" length must be at least 3 characters long')).toEqual({ kind: 'minLength', limit: 3 });
    expect(fieldKind('too_short', 'is too short (minimum is 6 characters)')).toEqual({ kind: 'minLength', limit: 6 });
  });
  it('GitHub "missing" is a resource that does not exist; Pydantic "missing" a required field', () => {
    expect(fieldKind('missing', 'The resource does not exist')?.kind).toBe('notFound');
    expect(fieldKind('missing', 'Field required')?.kind).toBe('required');
  });
  it('a code with nothing specific has no text of ours', () => {
    for (const code of ['invalid', 'value_error', 'ValidationError', 'custom', '', undefined]) expect(fieldKind(code, 'Something')).toBeUndefined();
    expect(fieldKind('__proto__', 'x')).toBeUndefined();
    expect(fieldKind('constructor', 'x')).toBeUndefined();
  });
  it('limits come through in every locale, formatted with its Intl.NumberFormat', () => {
    const drf = CASES.find((c) => c.name === 'drf-standardized-errors validation_error');
    expect(drf).toBeDefined();
    const title = (lng: string) => describeError(drf?.input, { locale: lng }).fieldErrors.find((f) => f.field === 'title')?.message;
    expect(title('en')).toBe('Enter 100 characters or fewer.');
    expect(title('de')).toBe('Geben Sie höchstens 100 Zeichen ein.');
    expect(title('ja')).toBe('100文字以内で入力してください。');
    expect(title('ru')).toBe('Введите не больше 100 символов.');
    expect(createTexts('en').t('field.maxLength', { count: 1000 })).toBe('Enter 1,000 characters or fewer.');
    expect(createTexts('de').t('field.maxLength', { count: 1000 })).toBe('Geben Sie höchstens 1.000 Zeichen ein.');
    expect(createTexts('en').t('field.maxLength', { count: 1 })).toBe('Enter 1 character or fewer.');
  });
});

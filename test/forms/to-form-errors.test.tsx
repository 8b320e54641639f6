/**
 * `useFieldErrors().toFormErrors()` type-checks with react-hook-form's `setError` once it is given
 * the form's field names, and sends errors for fields the form lacks to `root.server` (with their
 * label) instead of setting them where nobody sees them. The input props follow the errors.
 */
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { setServerErrors } from '../../src/forms/react-hook-form.js';
import { ApiErrorProvider, describeError, useFieldErrors } from '../../src/index.js';

interface Signup {
  email: string;
  items: { name: string }[];
}
// Django REST framework, verbatim messages (fields.py) in its nested-list format (serializers.py):
// https://github.com/encode/django-rest-framework/blob/master/rest_framework/fields.py
const DRF = {
  status: 400,
  body: { email: ['Enter a valid email address.'], items: [{}, { name: ['This field may not be blank.'] }], password: ['This field is required.'], non_field_errors: ['The fields email, team must make a unique set.'] },
};
const wrapper = ({ children }: { children: ReactNode }) => <ApiErrorProvider>{children}</ApiErrorProvider>;

describe('toFormErrors with the form’s field names', () => {
  it('is typed as the form’s names and sends unknown fields to root.server', () => {
    const { result } = renderHook(
      () => {
        const form = useForm<Signup>({ defaultValues: { email: '', items: [{ name: '' }, { name: '' }] } });
        return { form, errors: useFieldErrors(DRF) };
      },
      { wrapper },
    );
    const names = ['email', 'items.1.name'] as const satisfies readonly FieldPath<Signup>[];
    const pairs = result.current.errors.toFormErrors(names);
    expectTypeOf(pairs).toEqualTypeOf<Array<['email' | 'items.1.name' | 'root.server', { type: 'server'; message: string }]>>();
    // This is what did not compile before: setError(name, e) with the pairs.
    for (const [name, e] of pairs) result.current.form.setError(name, e);
    const model = describeError(DRF);
    const text = (f: string) => model.fieldErrors.find((x) => x.field === f)?.message;
    expect(new Map(pairs)).toEqual(
      new Map([
        ['email', { type: 'server', message: text('email') }],
        ['items.1.name', { type: 'server', message: text('items.1.name') }],
        ['root.server', { type: 'server', message: `${model.formErrors[0]?.message} password: ${text('password')}` }],
      ]),
    );
    // Without names: every path as it came (string names), as before.
    expect(result.current.errors.toFormErrors().map(([n]) => n)).toEqual(['email', 'items.1.name', 'password', 'root.server']);
  });

  it('setServerErrors finds the form’s fields in its values, maps renamed ones, and focuses nothing when asked', () => {
    const { result } = renderHook(
      () => {
        const form = useForm<Signup & { passwordHash: string }>({ defaultValues: { email: '', items: [{ name: '' }, { name: '' }], passwordHash: '' } });
        return { form, errors: useFieldErrors(DRF) };
      },
      { wrapper },
    );
    const applied = setServerErrors(result.current.form, result.current.errors, { fieldNames: { password: 'passwordHash' }, shouldFocus: false });
    expect(applied.fields).toEqual(['email', 'items.1.name', 'passwordHash']);
    expect(applied.root).toBe(describeError(DRF).formErrors[0]?.message);
    expect(result.current.form.getFieldState('items.1.name').error?.type).toBe('server');
    expect(result.current.form.getFieldState('items.0.name').error).toBeUndefined();
  });

  it('fieldProps and messageId', () => {
    const { result } = renderHook(() => useFieldErrors(DRF, { idPrefix: 'signup-' }), { wrapper });
    expect(result.current.fieldProps('email')).toEqual({ 'aria-invalid': true, 'aria-describedby': 'signup-email' });
    expect(result.current.fieldProps('items.0.name')).toEqual({ 'aria-invalid': false, 'aria-describedby': undefined });
    expect(result.current.messageId('items.1.name')).toBe('signup-items.1.name');
    const none = renderHook(() => useFieldErrors(null), { wrapper });
    expect(none.result.current.fieldProps('email')).toEqual({ 'aria-invalid': false, 'aria-describedby': undefined });
    expect(none.result.current.toFormErrors()).toEqual([]);
  });
});

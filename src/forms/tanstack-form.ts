'use client';
/**
 * `react-api-errors/tanstack-form`: the server's errors in TanStack Form's own state, the way its
 * docs set errors from a form validator — `onSubmitAsync` returns `{ form, fields }`
 * (https://tanstack.com/form/latest/docs/framework/react/guides/validation):
 *
 * ```tsx
 * const server = useTanStackFormServerErrors();
 * const form = useForm({
 *   defaultValues,
 *   validators: {
 *     onSubmitAsync: async ({ value, formApi }) => {
 *       try {
 *         await apiFetch('/api/signup', { method: 'POST', body: JSON.stringify(value) });
 *         return undefined;
 *       } catch (error) {
 *         return server.toFormErrors(error, formApi);
 *       }
 *     },
 *   },
 * });
 * ```
 *
 * Field paths become TanStack Form's notation (`items.0.name` → `items[0].name`); each field's
 * text is our localized one; errors for fields the form does not have, and form-level errors, go to
 * `form`. TanStack Form drops a field's submit error when the person changes that field. The same
 * value can be set from `onSubmit` with `formApi.setErrorMap({ onSubmit: server.toFormErrors(error, formApi) })`.
 *
 * Only types are imported from TanStack Form: this entry adds nothing of it to a bundle.
 */
import { useCallback } from 'react';
import type { GlobalFormValidationError } from '@tanstack/react-form';
import { describeError, fieldMessageId, useApiErrorContext } from '../index.js';
import type { FieldInputProps } from '../index.js';

/** A dotted path (`items.0.name`) in TanStack Form's notation (`items[0].name`). */
export function toTanStackPath(path: string): string {
  let out = '';
  for (const seg of path.split('.')) {
    if (seg === '') continue;
    if (/^\d+$/.test(seg) && out !== '') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** The members of a form (`useForm()`'s result, or `formApi` in a validator) this entry reads. */
export interface TanStackFormLike<TFormData> {
  readonly state: { readonly values: TFormData };
  /** The fields the form has, by name. */
  readonly fieldInfo: object;
}

/** The members of a field (`form.Field`'s `field`) `fieldProps` reads. */
export interface TanStackFieldLike {
  readonly name: string;
  readonly state: { readonly meta: { readonly errors: readonly unknown[] } };
}

export interface TanStackFormServerErrorsOptions {
  /**
   * The form's field name for a server path in TanStack notation, when the API names fields
   * differently (`first_name` → `firstName`). Default: the path itself.
   */
  fieldNames?: Readonly<Record<string, string>> | ((path: string) => string | undefined);
  /** Prefix of the message ids (`messageId`); default `rae-error-`. */
  idPrefix?: string;
}

export interface TanStackFormServerErrors {
  /**
   * `{ form, fields }` for a form validator (`onSubmitAsync`) or `setErrorMap`, from anything
   * `normalizeError` reads; `undefined` for `null`/`undefined`. With `form`, only the fields it has
   * get an error (the others join `form`). An error with no field errors (a 503, a lost connection)
   * gives its localized message as `form`, so the submit does not pass silently.
   */
  toFormErrors<TFormData>(error: unknown, form?: TanStackFormLike<TFormData>): GlobalFormValidationError<TFormData> | undefined;
  /** `aria-invalid` and `aria-describedby` for a field's input, from the field's current errors (its own validators' too). */
  fieldProps(field: TanStackFieldLike): FieldInputProps;
  /** The id to give the element that shows the field's message. */
  messageId(name: string): string;
}

/** Server errors for TanStack Form, with the texts of the nearest `ApiErrorProvider`. */
export function useTanStackFormServerErrors(options: TanStackFormServerErrorsOptions = {}): TanStackFormServerErrors {
  const { texts, fieldLabels, trustServerMessages, serverFieldMessages, normalizeOptions } = useApiErrorContext();
  const { fieldNames, idPrefix } = options;
  const toFormErrors = useCallback(
    <TFormData>(error: unknown, form?: TanStackFormLike<TFormData>): GlobalFormValidationError<TFormData> | undefined => {
      if (error === null || error === undefined) return undefined;
      const model = describeError(error, { texts, fieldLabels, trustServerMessages, serverFieldMessages, normalizeOptions });
      const known = form ? new Set(Object.keys(form.fieldInfo)) : undefined;
      const fields: Record<string, string> = {};
      const formTexts = model.formErrors.map((f) => f.message);
      for (const f of model.fieldErrors) {
        const mapped = typeof fieldNames === 'function' ? fieldNames(f.field) : fieldNames && Object.prototype.hasOwnProperty.call(fieldNames, f.field) ? fieldNames[f.field] : undefined;
        const name = mapped ?? toTanStackPath(f.field);
        if (known && !known.has(name)) formTexts.push(`${f.label}: ${f.message}`);
        else fields[name] = fields[name] ? `${fields[name]} ${f.message}` : f.message;
      }
      if (model.fieldErrors.length === 0 && formTexts.length === 0) formTexts.push(model.message);
      const result: GlobalFormValidationError<TFormData> = { fields: fields as GlobalFormValidationError<TFormData>['fields'] };
      if (formTexts.length > 0) result.form = formTexts.join(' ');
      return result;
    },
    [texts, fieldLabels, trustServerMessages, serverFieldMessages, normalizeOptions, fieldNames],
  );
  const messageId = useCallback((name: string) => fieldMessageId(name, idPrefix), [idPrefix]);
  const fieldProps = useCallback(
    (field: TanStackFieldLike): FieldInputProps => {
      const invalid = field.state.meta.errors.some((e) => e !== undefined && e !== null && e !== false && e !== '');
      return { 'aria-invalid': invalid, 'aria-describedby': invalid ? fieldMessageId(field.name, idPrefix) : undefined };
    },
    [idPrefix],
  );
  return { toFormErrors, fieldProps, messageId };
}

'use client';
/**
 * `react-api-errors/react-hook-form`: the server's field errors in react-hook-form's own state.
 *
 * ```tsx
 * const form = useForm<Signup>();
 * const mutation = useMutation({ mutationFn: save });
 * const server = useHookFormServerErrors(form, mutation.error);
 * <input {...form.register('email')} {...server.fieldProps('email')} />
 * <p id={server.messageId('email')}>{form.formState.errors.email?.message}</p>
 * ```
 *
 * Each field error goes to `setError(name, { type: 'server', message })` under the form's own field
 * name (the normalizer's dotted paths, `items.0.name`, are react-hook-form's notation already), with
 * our localized text; form-level errors, and errors for fields the form does not have, go to
 * `root.server`. react-hook-form clears a field's server error when the person changes the field
 * (after the first submit it re-validates on change) and `root` errors on the next submit.
 *
 * Only types are imported from react-hook-form: this entry adds nothing of it to a bundle.
 */
import { useEffect } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { fieldMessageId, useFieldErrors } from '../index.js';
import type { FieldErrorsResult, FieldInputProps } from '../index.js';

/** The members of `useForm()`'s result this entry uses (pass the whole result). */
export type HookFormLike<T extends FieldValues> = Pick<UseFormReturn<T>, 'setError' | 'getValues' | 'formState'>;

export interface HookFormServerErrorsOptions<T extends FieldValues> {
  /**
   * The form's field name for a server path, when the API names fields differently
   * (`first_name` → `firstName`): a record or a function. Unmapped paths are used as they are when
   * the form has that field (in `getValues()`), else they join `root.server`.
   */
  fieldNames?: Readonly<Record<string, FieldPath<T>>> | ((path: string) => FieldPath<T> | undefined);
  /** Move focus to the first field in error (default true). */
  shouldFocus?: boolean;
  /** Prefix of the message ids (`messageId`); default `rae-error-`. */
  idPrefix?: string;
}

export interface AppliedServerErrors<T extends FieldValues> {
  /** The fields that got an error, in the server's order. */
  fields: FieldPath<T>[];
  /** The `root.server` message, when there was one. */
  root: string | undefined;
}

function has(values: unknown, path: string): boolean {
  let cur: unknown = values;
  for (const seg of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || !Object.prototype.hasOwnProperty.call(cur, seg)) return false;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return true;
}

function lookup(errors: unknown, path: string): { message?: unknown } | undefined {
  let cur: unknown = errors;
  for (const seg of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return typeof cur === 'object' && cur !== null ? (cur as { message?: unknown }) : undefined;
}

/**
 * Put the errors of `useFieldErrors(error)` into a react-hook-form form: each field's under its name
 * (typed as the form's `FieldPath<T>`), form-level ones and those for fields the form lacks under
 * `root.server`. Returns what was set.
 */
export function setServerErrors<T extends FieldValues>(form: HookFormLike<T>, errors: FieldErrorsResult, options: HookFormServerErrorsOptions<T> = {}): AppliedServerErrors<T> {
  const map = options.fieldNames;
  let values: unknown;
  try {
    values = form.getValues();
  } catch {
    values = undefined;
  }
  const nameFor = (path: string): FieldPath<T> | undefined => {
    const mapped = typeof map === 'function' ? map(path) : map !== undefined && Object.prototype.hasOwnProperty.call(map, path) ? map[path] : undefined;
    if (mapped !== undefined) return mapped;
    return has(values, path) ? (path as FieldPath<T>) : undefined;
  };
  const pairs = errors.toFormErrors(nameFor);
  const fields: FieldPath<T>[] = [];
  let root: string | undefined;
  let focus = options.shouldFocus ?? true;
  for (const [name, entry] of pairs) {
    if (name === 'root.server') {
      root = entry.message;
      form.setError('root.server', entry);
      continue;
    }
    form.setError(name, entry, { shouldFocus: focus });
    focus = false;
    fields.push(name);
  }
  return { fields, root };
}

export interface HookFormServerErrors<T extends FieldValues> {
  /** `aria-invalid` and `aria-describedby` for a field's input, from the form's current errors (its own rules' too). */
  fieldProps(name: FieldPath<T>): FieldInputProps;
  /** The id to give the element that shows `name`'s message. */
  messageId(name: FieldPath<T>): string;
  /** The form-level message now in the form (`formState.errors.root.server`), if any. */
  formError: string | undefined;
  /** The view of the error the hook applied (`useFieldErrors`). */
  errors: FieldErrorsResult;
}

/**
 * `useHookFormServerErrors(form, error, options)`: whenever `error` (a mutation's error, anything
 * `normalizeError` reads) brings field or form errors, they are set on the form (see
 * `setServerErrors`). Returns input props that follow the form's errors.
 */
export function useHookFormServerErrors<T extends FieldValues>(form: HookFormLike<T>, error: unknown, options: HookFormServerErrorsOptions<T> = {}): HookFormServerErrors<T> {
  const errors = useFieldErrors(error, options.idPrefix !== undefined ? { idPrefix: options.idPrefix } : {});
  useEffect(() => {
    if (errors.hasErrors) setServerErrors(form, errors, options);
    // Once per error: the form and the options are read as they are then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [errors]);
  const formErrors = form.formState.errors;
  const prefix = options.idPrefix;
  const root = lookup(formErrors, 'root.server')?.message;
  return {
    errors,
    formError: typeof root === 'string' ? root : undefined,
    messageId: (name) => fieldMessageId(name, prefix),
    fieldProps: (name) => {
      const invalid = lookup(formErrors, name) !== undefined;
      return { 'aria-invalid': invalid, 'aria-describedby': invalid ? fieldMessageId(name, prefix) : undefined };
    },
  };
}

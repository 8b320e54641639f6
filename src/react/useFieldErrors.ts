'use client';
/**
 * `useFieldErrors(error)`: errors by field path with the app's labels, form-level errors apart,
 * props for each input (`aria-invalid`, `aria-describedby` pointing at the field's message in
 * `FieldErrorList`), and `toFormErrors()` for react-hook-form's `setError` (form-level under
 * `root.server`) without depending on it:
 *
 * ```tsx
 * const errors = useFieldErrors(mutation.error);
 * <input id="email" name="email" {...errors.fieldProps('email')} />
 * <FieldErrorList error={mutation.error} />
 * ```
 *
 * For react-hook-form and TanStack Form, `react-api-errors/react-hook-form` and
 * `react-api-errors/tanstack-form` put these errors into the form's own state.
 */
import { useMemo } from 'react';
import type { FieldErrorView } from './model.js';
import { useApiError } from './useApiError.js';

export interface FormErrorEntry {
  type: 'server';
  message: string;
}

/** Props for an input, spread onto it: `<input {...fieldProps('email')} />`. */
export interface FieldInputProps {
  'aria-invalid': boolean;
  /** The id of the field's message (`messageId(field)`), while the field has an error. */
  'aria-describedby': string | undefined;
}

/** Maps a server path to one of the form's field names; `undefined` when the form has no such field. */
export type FieldNameMap<N extends string> = readonly N[] | ((path: string) => N | undefined);

export interface FieldErrorsOptions {
  /**
   * Prefix of the ids of the fields' messages (default `rae-error-`): `messageId('email')` is
   * `rae-error-email`. Give each form on a page its own, and the same to its `FieldErrorList`.
   */
  idPrefix?: string;
}

export interface FieldErrorsResult {
  byField: Readonly<Record<string, FieldErrorView[]>>;
  formErrors: { message: string; serverMessage?: string; code?: string }[];
  hasErrors: boolean;
  get(field: string): FieldErrorView[];
  /** The id of the element that holds `field`'s message (`FieldErrorList` renders it). */
  messageId(field: string): string;
  /** `aria-invalid` and `aria-describedby` for `field`'s input. */
  fieldProps(field: string): FieldInputProps;
  /**
   * `[name, { type: 'server', message }]` pairs for react-hook-form's `setError`; form-level errors
   * under `root.server`. With the form's field names (a list, or a function from the server's path
   * to a name), the names are typed as the form's (`FieldPath<T>`), and an error for a field the form
   * does not have joins `root.server` (with its label) instead of being set where nobody sees it.
   */
  toFormErrors(): Array<[string, FormErrorEntry]>;
  toFormErrors<N extends string>(fields: FieldNameMap<N>): Array<[N | 'root.server', FormErrorEntry]>;
}

const EMPTY: FieldErrorView[] = [];

/** The default id of a field's message: `rae-error-<path>`. */
export function fieldMessageId(field: string, idPrefix = 'rae-error-'): string {
  return `${idPrefix}${field}`;
}

function nameOf<N extends string>(fields: FieldNameMap<N>, path: string): N | undefined {
  if (typeof fields === 'function') return fields(path);
  return (fields as readonly string[]).includes(path) ? (path as N) : undefined;
}

export function useFieldErrors(error: unknown, options: FieldErrorsOptions = {}): FieldErrorsResult {
  const model = useApiError(error);
  const prefix = options.idPrefix;
  return useMemo(() => {
    const byField: Record<string, FieldErrorView[]> = Object.create(null) as Record<string, FieldErrorView[]>;
    for (const f of model?.fieldErrors ?? []) (byField[f.field] ??= []).push(f);
    const formErrors = model?.formErrors ?? [];
    const messageId = (field: string): string => fieldMessageId(field, prefix);
    const text = (field: string): string => (byField[field] ?? []).map((f) => f.message).join(' ');
    function toFormErrors(): Array<[string, FormErrorEntry]>;
    function toFormErrors<N extends string>(fields: FieldNameMap<N>): Array<[N | 'root.server', FormErrorEntry]>;
    function toFormErrors<N extends string>(fields?: FieldNameMap<N>): Array<[string, FormErrorEntry]> {
      const out: Array<[string, FormErrorEntry]> = [];
      const root: string[] = formErrors.map((f) => f.message);
      const merged = new Map<string, string[]>();
      for (const path of Object.keys(byField)) {
        const name = fields === undefined ? path : nameOf(fields, path);
        if (name === undefined) {
          root.push(`${byField[path]?.[0]?.label ?? path}: ${text(path)}`);
          continue;
        }
        const list = merged.get(name) ?? [];
        list.push(text(path));
        merged.set(name, list);
      }
      for (const [name, texts] of merged) out.push([name, { type: 'server', message: texts.join(' ') }]);
      if (root.length > 0) out.push(['root.server', { type: 'server', message: root.join(' ') }]);
      return out;
    }
    return {
      byField,
      formErrors,
      hasErrors: (model?.fieldErrors.length ?? 0) > 0 || formErrors.length > 0,
      get: (field: string) => byField[field] ?? EMPTY,
      messageId,
      fieldProps: (field: string): FieldInputProps => {
        const invalid = byField[field] !== undefined;
        return { 'aria-invalid': invalid, 'aria-describedby': invalid ? messageId(field) : undefined };
      },
      toFormErrors,
    };
  }, [model, prefix]);
}

'use client';
/**
 * `useFieldErrors(error)`: errors by field path with the app's labels, form-level errors apart, and
 * `toFormErrors()` for react-hook-form's `setError` (form-level under `root.server`) without
 * depending on it:
 *
 * ```ts
 * const { toFormErrors } = useFieldErrors(mutation.error);
 * useEffect(() => { for (const [name, e] of toFormErrors()) setError(name, e); }, [toFormErrors]);
 * ```
 */
import { useMemo } from 'react';
import type { FieldErrorView } from './model.js';
import { useApiError } from './useApiError.js';

export interface FormErrorEntry {
  type: 'server';
  message: string;
}

export interface FieldErrorsResult {
  byField: Readonly<Record<string, FieldErrorView[]>>;
  formErrors: { message: string; serverMessage?: string; code?: string }[];
  hasErrors: boolean;
  get(field: string): FieldErrorView[];
  /** `[name, { type: 'server', message }]` pairs; form-level errors under `root.server`. */
  toFormErrors(): Array<[string, FormErrorEntry]>;
}

const EMPTY: FieldErrorView[] = [];

export function useFieldErrors(error: unknown): FieldErrorsResult {
  const model = useApiError(error);
  return useMemo(() => {
    const byField: Record<string, FieldErrorView[]> = Object.create(null) as Record<string, FieldErrorView[]>;
    for (const f of model?.fieldErrors ?? []) (byField[f.field] ??= []).push(f);
    const formErrors = model?.formErrors ?? [];
    return {
      byField,
      formErrors,
      hasErrors: (model?.fieldErrors.length ?? 0) > 0 || formErrors.length > 0,
      get: (field: string) => byField[field] ?? EMPTY,
      toFormErrors: () => {
        const out: Array<[string, FormErrorEntry]> = Object.keys(byField).map((field) => [
          field,
          { type: 'server', message: (byField[field] ?? []).map((f) => f.message).join(' ') },
        ]);
        if (formErrors.length > 0) out.push(['root.server', { type: 'server', message: formErrors.map((f) => f.message).join(' ') }]);
        return out;
      },
    };
  }, [model]);
}

/**
 * `useApiError(error)`: the display model for anything `normalizeError` accepts — localized title
 * and message, severity, field errors with the app's labels, reference id, retry info and actions.
 * `null`/`undefined` give `null`.
 */
import { useMemo } from 'react';
import { useApiErrorContext } from './ApiErrorProvider.js';
import { describeError, type ErrorDisplayModel } from './model.js';

export function useApiError(error: unknown): ErrorDisplayModel | null {
  const ctx = useApiErrorContext();
  const { i18n, locale, fieldLabels, trustServerMessages, normalizeOptions } = ctx;
  return useMemo(() => {
    if (error === null || error === undefined) return null;
    return describeError(error, { i18n, fieldLabels, trustServerMessages, normalizeOptions });
    // `locale` re-runs the texts when the instance's language changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, i18n, locale, fieldLabels, trustServerMessages, normalizeOptions]);
}

'use client';
/**
 * `useApiError(error)`: the display model for anything `normalizeError` accepts — localized title
 * and message, severity, field errors with the app's labels, reference id, retry info and actions.
 * `null`/`undefined` give `null`, and so does
 * any error while the provider's locale is still loading (nothing is shown in another language).
 * A model returned here is taken as shown to a person: the store's `onError` hears of it with `shown: true`.
 */
import { useEffect, useMemo } from 'react';
import { useApiErrorContext } from './ApiErrorProvider.js';
import { describeError, type ErrorDisplayModel } from './model.js';

export function useApiError(error: unknown): ErrorDisplayModel | null {
  const ctx = useApiErrorContext();
  const { texts, ready, locale, fieldLabels, trustServerMessages, serverFieldMessages, normalizeOptions, store } = ctx;
  const model = useMemo(() => {
    if (error === null || error === undefined || !ready) return null;
    return describeError(error, { texts, fieldLabels, trustServerMessages, serverFieldMessages, normalizeOptions });
    // `locale` re-runs the texts when an i18next instance changes language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, texts, ready, locale, fieldLabels, trustServerMessages, serverFieldMessages, normalizeOptions]);
  const shown = model?.error;
  useEffect(() => {
    if (shown) store.markShown(error, shown);
  }, [store, error, shown]);
  return model;
}

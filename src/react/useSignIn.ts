'use client';
/**
 * The "sign in again" action: the component's `onSignIn`, else the provider's; when it resolves
 * the session prompt closes and listeners (react-query wiring) refetch what failed.
 */
import { useCallback } from 'react';
import { useApiErrorContext } from './ApiErrorProvider.js';

export function useSignIn(override?: () => void | Promise<void>): (() => Promise<void>) | undefined {
  const { onSignIn, store } = useApiErrorContext();
  const handler = override ?? onSignIn;
  const run = useCallback(async () => {
    if (!handler) return;
    await handler();
    store.resolveSession();
  }, [handler, store]);
  return handler ? run : undefined;
}

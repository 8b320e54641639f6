'use client';
/**
 * `<RouteErrorBanner/>`: a React Router `errorElement` (or framework mode's `ErrorBoundary`) that
 * shows the route's error with the same banner as everywhere else. It reads `useRouteError()`:
 * a thrown `Response` (React Router hands it over as `{ status, statusText, data }` with the body
 * parsed), `data(body, { status })`, an unmatched URL's 404, or anything a loader or action threw.
 * "Try again" (for errors a retry can fix) revalidates: the route's loaders run again.
 */
import { useEffect, useLayoutEffect, type ReactNode } from 'react';
import { useRevalidator, useRouteError } from 'react-router';
import { ErrorBanner, useApiErrorContext, type ErrorBannerProps } from '../index.js';

/** A route error of `undefined` (nothing thrown) still shows an unknown error, one object for every render. */
const NOTHING_THROWN = {};
/** Before the banner's own (passive) effect marks the error shown; no warning on the server. */
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

export interface RouteErrorBannerProps extends Omit<ErrorBannerProps, 'error'> {
  /** The error to show; default: the route's (`useRouteError()`). */
  error?: unknown;
}

/** A route error (an unmatched URL's, a `Response` or `data()` a loader threw, anything else) as the error's banner. */
export function RouteErrorBanner(props: RouteErrorBannerProps): ReactNode {
  const routeError = useRouteError();
  const revalidator = useRevalidator();
  const { store } = useApiErrorContext();
  const { error: own, ...banner } = props;
  const error = own ?? routeError ?? NOTHING_THROWN;
  // The route's error reaches onError once (source 'route'); the banner marks it shown.
  useIsomorphicLayoutEffect(() => {
    store.report(error, { kind: 'route' });
  }, [store, error]);
  const onRetry = props.onRetry ?? (() => void revalidator.revalidate());
  return <ErrorBanner {...banner} error={error} onRetry={revalidator.state === 'loading' ? undefined : onRetry} />;
}

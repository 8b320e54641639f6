'use client';
/**
 * Error boundaries that show what went wrong with the same banner as everywhere else:
 * - `ApiErrorFallback`: a ready fallback for react-error-boundary (`FallbackComponent={ApiErrorFallback}`,
 *   or `fallbackRender={(p) => <ApiErrorFallback {...p} />}`); "Try again" calls `resetErrorBoundary`.
 * - `ApiErrorBoundary`: the same as a boundary of its own, for apps without react-error-boundary.
 *   With react-query: `<QueryErrorResetBoundary>{({ reset }) => <ApiErrorBoundary onReset={reset}>…`
 *   so "Try again" resets the boundary and the query refetches (`useSuspenseQuery`, `throwOnError`).
 * What a boundary catches reaches the store's `onError` once (source 'boundary', unless the
 * react-query wiring reported it first), marked shown when the fallback renders it.
 */
import { Component, createElement, type ComponentType, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { ApiErrorContext, contextOrDefault } from './ApiErrorProvider.js';
import { ErrorBanner, type ErrorBannerProps } from './ErrorBanner.js';

export interface ApiErrorFallbackProps extends Omit<ErrorBannerProps, 'error' | 'onRetry'> {
  /** What the boundary caught: anything `normalizeError` accepts (an API error, a fetch `TypeError`, a render bug). */
  error: unknown;
  /** The boundary's reset (react-error-boundary's, or `ApiErrorBoundary`'s): "Try again" calls it when a retry can help. */
  resetErrorBoundary?: (...args: unknown[]) => void;
}

/** A boundary that caught `null` or `undefined` still shows something (an unknown error) rather than nothing. */
const NOTHING_THROWN = {};

/** A fallback for any error boundary: the error's banner, "Try again" resetting the boundary. */
export function ApiErrorFallback(props: ApiErrorFallbackProps): ReactNode {
  const { error, resetErrorBoundary, ...banner } = props;
  return <ErrorBanner {...banner} error={error ?? NOTHING_THROWN} onRetry={resetErrorBoundary ? () => resetErrorBoundary() : undefined} />;
}

/** What a fallback receives (the shape react-error-boundary's `FallbackProps` has). */
export interface ApiErrorBoundaryFallbackProps {
  error: unknown;
  resetErrorBoundary: (...args: unknown[]) => void;
}

export type ApiErrorBoundaryResetDetails =
  | { reason: 'retry'; args: unknown[] }
  | { reason: 'keys'; prev: readonly unknown[] | undefined; next: readonly unknown[] | undefined };

interface BoundaryBaseProps {
  children?: ReactNode;
  /** Called when the boundary resets ("Try again", or `resetKeys` changed): reset what failed here (react-query's `reset`). */
  onReset?: (details: ApiErrorBoundaryResetDetails) => void;
  /** The boundary resets when any of these changes (a route param, a selected id). */
  resetKeys?: readonly unknown[];
  /** Called with what was caught (after the store has it). */
  onError?: (error: unknown, info: ErrorInfo) => void;
}

/** `fallbackRender` or `FallbackComponent`, never both; neither: `ApiErrorFallback`. */
export type ApiErrorBoundaryProps = BoundaryBaseProps &
  (
    | { fallbackRender?: (props: ApiErrorBoundaryFallbackProps) => ReactNode; FallbackComponent?: never }
    | { FallbackComponent?: ComponentType<ApiErrorBoundaryFallbackProps>; fallbackRender?: never }
  );

interface BoundaryState {
  caught: boolean;
  error: unknown;
}

function changed(a: readonly unknown[] = [], b: readonly unknown[] = []): boolean {
  return a.length !== b.length || a.some((item, i) => !Object.is(item, b[i]));
}

/** An error boundary whose fallback is the error's banner (see the file comment). */
export class ApiErrorBoundary extends Component<ApiErrorBoundaryProps, BoundaryState> {
  static override contextType = ApiErrorContext;
  declare context: ContextType<typeof ApiErrorContext>;
  override state: BoundaryState = { caught: false, error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { caught: true, error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    contextOrDefault(this.context).store.report(error, { kind: 'boundary' });
    this.props.onError?.(error, info);
  }

  override componentDidUpdate(prevProps: ApiErrorBoundaryProps, prevState: BoundaryState): void {
    // Keys that change after the error was caught reset the boundary (not the update that caught it).
    if (this.state.caught && prevState.caught && changed(prevProps.resetKeys, this.props.resetKeys)) {
      this.props.onReset?.({ reason: 'keys', prev: prevProps.resetKeys, next: this.props.resetKeys });
      this.setState({ caught: false, error: null });
    }
  }

  resetErrorBoundary = (...args: unknown[]): void => {
    if (!this.state.caught) return;
    this.props.onReset?.({ reason: 'retry', args });
    this.setState({ caught: false, error: null });
  };

  override render(): ReactNode {
    if (!this.state.caught) return this.props.children;
    const fallback: ApiErrorBoundaryFallbackProps = { error: this.state.error, resetErrorBoundary: this.resetErrorBoundary };
    if (this.props.fallbackRender) return this.props.fallbackRender(fallback);
    if (this.props.FallbackComponent) return createElement(this.props.FallbackComponent, fallback);
    return <ApiErrorFallback {...fallback} />;
  }
}

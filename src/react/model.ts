/**
 * From an ApiError to what a person reads: localized title and message, severity, actions, and
 * the server's own (untrusted) details kept apart. Framework-free: `describeError` works without React.
 */
import type { i18n as I18n } from 'i18next';
import { normalizeError } from '../core/index.js';
import type { ApiError, ErrorCategory, NormalizeOptions } from '../core/index.js';
import { createApiErrorI18n, NAMESPACE, type ApiErrorMessages } from './i18n.js';

export type Severity = 'error' | 'warning' | 'info';
export type ErrorAction = 'retry' | 'sign-in' | 'dismiss' | 'copy-reference';

/** Whether the server's own message may be shown as the primary text (opt-in, for a trusted first-party API). */
export type TrustServerMessages = boolean | ((error: ApiError) => boolean);

export interface FieldErrorView {
  /** Dotted path, as in `ApiError.fieldErrors`. */
  field: string;
  /** The app's label for the field (`fieldLabels`), else the path. */
  label: string;
  /** Localized text a person reads. */
  message: string;
  /** The server's own text for this field (untrusted). */
  serverMessage?: string;
  code?: string;
}

export interface ErrorDisplayModel {
  error: ApiError;
  title: string;
  message: string;
  severity: Severity;
  category: ErrorCategory;
  fieldErrors: FieldErrorView[];
  /** Form-level messages: localized unless the server's text is trusted. */
  formErrors: { message: string; serverMessage?: string; code?: string }[];
  referenceId?: string;
  retry: { retryable: boolean; retryAfterMs?: number; seconds?: number };
  actions: ErrorAction[];
  /** The server's own text and code, for a details area only (untrusted). */
  serverDetails: { code?: string; status?: number; message?: string };
}

export interface DescribeOptions {
  i18n?: I18n;
  locale?: string;
  messages?: ApiErrorMessages;
  fieldLabels?: Readonly<Record<string, string>>;
  trustServerMessages?: TrustServerMessages;
  normalizeOptions?: NormalizeOptions;
}

const SEVERITY: Readonly<Record<ErrorCategory, Severity>> = {
  validation: 'warning',
  'bad-request': 'error',
  unauthenticated: 'warning',
  'session-expired': 'warning',
  forbidden: 'error',
  'not-found': 'error',
  conflict: 'warning',
  'rate-limited': 'warning',
  server: 'error',
  unavailable: 'warning',
  timeout: 'warning',
  network: 'warning',
  cancelled: 'info',
  unknown: 'error',
};

export function severityOf(category: ErrorCategory): Severity {
  return SEVERITY[category];
}

/** Text keys from most specific to least: the code's own, the category, the status, generic. */
export function textKeys(error: ApiError, part: 'title' | 'message'): string[] {
  const keys = (error.messageKeys ?? []).map((k) => `codes.${k}.${part}`);
  keys.push(`category.${error.category}.${part}`);
  if (error.status !== undefined) keys.push(`status.${error.status}.${part}`);
  keys.push(`generic.${part}`);
  return keys;
}

function trusts(trust: TrustServerMessages | undefined, error: ApiError): boolean {
  return typeof trust === 'function' ? trust(error) : trust === true;
}

function translate(i18n: I18n, keys: string[], options?: Record<string, unknown>): string {
  return i18n.t(keys, { ns: NAMESPACE, ...options }) as string;
}

let defaultI18n: I18n | undefined;
function fallbackI18n(): I18n {
  defaultI18n ??= createApiErrorI18n('en');
  return defaultI18n;
}

/** The display model for anything `normalizeError` accepts. */
export function describeError(input: unknown, options: DescribeOptions = {}): ErrorDisplayModel {
  const error = normalizeError(input, options.normalizeOptions);
  const i18n = options.i18n ?? (options.locale || options.messages ? createApiErrorI18n(options.locale, options.messages) : fallbackI18n());
  const trusted = trusts(options.trustServerMessages, error);
  const hasCodeText = (error.messageKeys ?? []).some((k) => i18n.exists(`codes.${k}.message`, { ns: NAMESPACE }));
  const title = translate(i18n, textKeys(error, 'title'));
  const message = trusted && !hasCodeText && error.message ? error.message : translate(i18n, textKeys(error, 'message'));
  const invalid = translate(i18n, ['ui.fieldInvalid']);
  const labels = options.fieldLabels ?? {};

  const fieldErrors: FieldErrorView[] = error.fieldErrors.map((f) => {
    const view: FieldErrorView = {
      field: f.field,
      label: labels[f.field] ?? f.field,
      message: trusted && f.message ? f.message : invalid,
    };
    if (f.message !== undefined) view.serverMessage = f.message;
    if (f.code !== undefined) view.code = f.code;
    return view;
  });
  const formErrors = (error.formErrors ?? []).map((f) => {
    const view: { message: string; serverMessage?: string; code?: string } = {
      message: trusted && f.message ? f.message : message,
    };
    if (f.message !== undefined) view.serverMessage = f.message;
    if (f.code !== undefined) view.code = f.code;
    return view;
  });

  const actions: ErrorAction[] = [];
  if (error.retryable) actions.push('retry');
  if (error.category === 'session-expired' || error.category === 'unauthenticated') actions.push('sign-in');
  if (error.referenceId) actions.push('copy-reference');
  actions.push('dismiss');

  const retry: ErrorDisplayModel['retry'] = { retryable: error.retryable };
  if (error.retryAfterMs !== undefined) {
    retry.retryAfterMs = error.retryAfterMs;
    retry.seconds = Math.ceil(error.retryAfterMs / 1000);
  }
  const serverDetails: ErrorDisplayModel['serverDetails'] = {};
  if (error.code !== undefined) serverDetails.code = error.code;
  if (error.status !== undefined) serverDetails.status = error.status;
  if (error.message !== undefined) serverDetails.message = error.message;

  const model: ErrorDisplayModel = {
    error,
    title,
    message,
    severity: severityOf(error.category),
    category: error.category,
    fieldErrors,
    formErrors,
    retry,
    actions,
    serverDetails,
  };
  if (error.referenceId !== undefined) model.referenceId = error.referenceId;
  return model;
}

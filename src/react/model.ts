/**
 * From an ApiError to what a person reads: localized title and message, severity, actions, and
 * the server's own (untrusted) details kept apart. Framework-free: `describeError` works without React.
 */
import type { i18n as I18n } from 'i18next';
import { categoryFromStatus, normalizeError } from '../core/index.js';
import type { ApiError, ErrorCategory, NormalizeOptions } from '../core/index.js';
import { fieldKind, fieldTextKey } from './field-text.js';
import { createTexts, fromI18next, type ApiErrorMessages, type LocaleTexts, type Texts } from './i18n.js';

export type Severity = 'error' | 'warning' | 'info';
export type ErrorAction = 'retry' | 'sign-in' | 'dismiss' | 'copy-reference';

/** Whether the server's own message may be shown as the primary text (opt-in, for a trusted first-party API). */
export type TrustServerMessages = boolean | ((error: ApiError) => boolean);

export interface FieldErrorView {
  /** Dotted path, as in `ApiError.fieldErrors`. */
  field: string;
  /** The app's label for the field (`fieldLabels`), else the path. */
  label: string;
  /** What is wrong, for a person: our text for the code, else the server's field text, else a generic text. */
  message: string;
  /** Where `message` came from: our text for the server's `code`, the server's own field text, or the generic text. */
  source: 'code' | 'server' | 'generic';
  /** The server's own text for this field (untrusted; plain text only). */
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
  /** The translator to read texts through (the provider passes its own). */
  texts?: Texts;
  /** An i18next instance holding our namespace (see `addApiErrorResources`). */
  i18n?: I18n;
  /** A shipped locale or a regional tag ('pt-BR', 'zh-Hant'). In a browser it must be loaded (`loadLocale`) or passed in `resources`. */
  locale?: string;
  /** Texts passed in: `{ de }` with `import de from 'react-api-errors/locales/de'`. */
  resources?: Readonly<Record<string, LocaleTexts>>;
  messages?: ApiErrorMessages;
  fieldLabels?: Readonly<Record<string, string>>;
  trustServerMessages?: TrustServerMessages;
  /** Show the server's own text for a field whose code has no text of ours (default true; field messages are written for form users). False: our generic text instead. */
  serverFieldMessages?: boolean;
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

/**
 * Text keys from most specific to least: the code's own, the status (when it says more than its
 * category: 413, 501, 410…, and only when the error is in the category that status implies, so a
 * 401 that is a session expiry keeps the session text), the category, generic.
 */
export function textKeys(error: ApiError, part: 'title' | 'message'): string[] {
  const keys = (error.messageKeys ?? []).map((k) => `codes.${k}.${part}`);
  if (error.status !== undefined && categoryFromStatus(error.status) === error.category) keys.push(`status.${error.status}.${part}`);
  keys.push(`category.${error.category}.${part}`, `generic.${part}`);
  return keys;
}

/** A field (or form) error's text: ours for its code, else the server's own, else the generic one. */
function fieldText(texts: Texts, code: string | undefined, server: string | undefined, useServer: boolean, generic: string): { message: string; source: FieldErrorView['source'] } {
  const known = fieldKind(code, server);
  if (known) {
    const { key, vars } = fieldTextKey(known.kind, known.limit);
    if (texts.has(key) || texts.has(`${key}_other`)) return { message: texts.t(key, vars), source: 'code' };
  }
  if (useServer && server && server.trim()) return { message: server, source: 'server' };
  return { message: generic, source: 'generic' };
}

function trusts(trust: TrustServerMessages | undefined, error: ApiError): boolean {
  return typeof trust === 'function' ? trust(error) : trust === true;
}

let english: Texts | undefined;
function textsFor(options: DescribeOptions): Texts {
  if (options.texts) return options.texts;
  if (options.i18n) return fromI18next(options.i18n);
  if (options.locale || options.messages || options.resources) return createTexts(options.locale, { resources: options.resources, messages: options.messages });
  return (english ??= createTexts('en'));
}

/** The display model for anything `normalizeError` accepts. */
export function describeError(input: unknown, options: DescribeOptions = {}): ErrorDisplayModel {
  const error = normalizeError(input, options.normalizeOptions);
  const texts = textsFor(options);
  const trusted = trusts(options.trustServerMessages, error);
  const hasCodeText = (error.messageKeys ?? []).some((k) => texts.has(`codes.${k}.message`));
  const title = texts.t(textKeys(error, 'title'));
  const message = trusted && !hasCodeText && error.message ? error.message : texts.t(textKeys(error, 'message'));
  const generic = texts.t('ui.fieldInvalid');
  const labels = options.fieldLabels ?? {};
  const useServer = options.serverFieldMessages !== false;

  const fieldErrors: FieldErrorView[] = error.fieldErrors.map((f) => {
    const view: FieldErrorView = { field: f.field, label: labels[f.field] ?? f.field, ...fieldText(texts, f.code, f.message, useServer, generic) };
    if (f.message !== undefined) view.serverMessage = f.message;
    if (f.code !== undefined) view.code = f.code;
    return view;
  });
  // Form-level errors: our text for a code, the server's text when trusted, else the banner's message.
  const formErrors = (error.formErrors ?? []).map((f) => {
    const view: { message: string; serverMessage?: string; code?: string } = {
      message: fieldText(texts, f.code, f.message, trusted, message).message,
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

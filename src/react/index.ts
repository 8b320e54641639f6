export { ApiErrorProvider, useApiErrorContext } from './ApiErrorProvider.js';
export type { ApiErrorContextValue, ApiErrorProviderProps, ApiErrorTheme } from './ApiErrorProvider.js';
export { ErrorBanner } from './ErrorBanner.js';
export type { ErrorBannerProps, RetryProgress } from './ErrorBanner.js';
export { ErrorNotices } from './ErrorNotices.js';
export type { ErrorNoticesPlacement, ErrorNoticesProps } from './ErrorNotices.js';
export { ApiErrorBoundary, ApiErrorFallback } from './ApiErrorBoundary.js';
export type { ApiErrorBoundaryFallbackProps, ApiErrorBoundaryProps, ApiErrorBoundaryResetDetails, ApiErrorFallbackProps } from './ApiErrorBoundary.js';
export { FieldErrorList } from './FieldErrorList.js';
export type { FieldErrorListProps } from './FieldErrorList.js';
export { SessionExpiredDialog } from './SessionExpiredDialog.js';
export type { SessionExpiredDialogProps } from './SessionExpiredDialog.js';
export { useApiError } from './useApiError.js';
export { fieldMessageId, useFieldErrors } from './useFieldErrors.js';
export type { FieldErrorsOptions, FieldErrorsResult, FieldInputProps, FieldNameMap, FormErrorEntry } from './useFieldErrors.js';
export { useRetryable } from './useRetryable.js';
export type { RetryableState, UseRetryableOptions, UseRetryableResult } from './useRetryable.js';
export { useSignIn } from './useSignIn.js';
export { describeError, severityOf, textKeys } from './model.js';
export type { DescribeOptions, ErrorAction, ErrorDisplayModel, FieldErrorView, Severity, TrustServerMessages } from './model.js';
export {
  addApiErrorMessages,
  addApiErrorResources,
  createTexts,
  fromI18next,
  isLocaleLoaded,
  loadLocale,
  localeDirection,
  matchLocale,
  NAMESPACE,
  pseudoLocale,
  registerLocale,
  supportedLocales,
  unknownLocaleMessage,
} from './i18n.js';
export type { ApiErrorMessages, LocaleCode, LocaleTexts, SupportedLocale, Texts } from './i18n.js';
export { createApiErrorI18n } from './i18next.js';
export { fieldKind } from './field-text.js';
export type { FieldKind } from './field-text.js';

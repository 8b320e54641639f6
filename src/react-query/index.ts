/**
 * `react-api-errors/react-query`: retry rules and cache-level wiring for TanStack Query.
 */
export {};

/**
 * `react-api-errors`: everything in core, plus the provider, hooks and components.
 */
export * from './core/index.js';
export * from './react/index.js';

/**
 * `react-api-errors/react-router`: route errors shown with the library's banner. Requires
 * `react-router` (6.4 or later, data routers); the main entry never loads it.
 */
export { RouteErrorBanner } from './RouteErrorBanner.js';
export type { RouteErrorBannerProps } from './RouteErrorBanner.js';

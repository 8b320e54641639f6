// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const laravel: Dialect = {
  name: 'laravel',
  detect: () => false,
  map: () => ({}),
};

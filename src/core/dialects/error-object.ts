// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const errorObject: Dialect = {
  name: 'error-object',
  detect: () => false,
  map: () => ({}),
};

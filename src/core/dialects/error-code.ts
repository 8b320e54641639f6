// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const errorCode: Dialect = {
  name: 'error-code',
  detect: () => false,
  map: () => ({}),
};

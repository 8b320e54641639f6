// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const errorList: Dialect = {
  name: 'error-list',
  detect: () => false,
  map: () => ({}),
};

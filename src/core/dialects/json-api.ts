// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const jsonApi: Dialect = {
  name: 'json-api',
  detect: () => false,
  map: () => ({}),
};

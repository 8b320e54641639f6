// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const plainText: Dialect = {
  name: 'text',
  detect: () => false,
  map: () => ({}),
};

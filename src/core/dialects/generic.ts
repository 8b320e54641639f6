// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const generic: Dialect = {
  name: 'generic',
  detect: () => false,
  map: () => ({}),
};

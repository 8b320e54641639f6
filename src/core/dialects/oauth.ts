// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const oauth: Dialect = {
  name: 'oauth',
  detect: () => false,
  map: () => ({}),
};

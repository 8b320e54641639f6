// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const slack: Dialect = {
  name: 'slack',
  detect: () => false,
  map: () => ({}),
};

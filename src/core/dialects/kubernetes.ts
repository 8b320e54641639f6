// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const kubernetes: Dialect = {
  name: 'kubernetes',
  detect: () => false,
  map: () => ({}),
};

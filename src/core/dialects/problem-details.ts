// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const problemDetails: Dialect = {
  name: 'problem-details',
  detect: () => false,
  map: () => ({}),
};

// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const markup: Dialect = {
  name: 'markup',
  detect: () => false,
  map: () => ({}),
};

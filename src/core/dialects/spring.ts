// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const spring: Dialect = {
  name: 'spring',
  detect: () => false,
  map: () => ({}),
};

// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const edgecast: Dialect = {
  name: 'edgecast',
  detect: () => false,
  map: () => ({}),
};

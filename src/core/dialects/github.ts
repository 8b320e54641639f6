// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const github: Dialect = {
  name: 'github',
  detect: () => false,
  map: () => ({}),
};

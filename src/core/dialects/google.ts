// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const google: Dialect = {
  name: 'google',
  detect: () => false,
  map: () => ({}),
};

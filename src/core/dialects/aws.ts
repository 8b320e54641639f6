// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const aws: Dialect = {
  name: 'aws',
  detect: () => false,
  map: () => ({}),
};

// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const graphql: Dialect = {
  name: 'graphql',
  detect: () => false,
  map: () => ({}),
};

// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const stripe: Dialect = {
  name: 'stripe',
  detect: () => false,
  map: () => ({}),
};

// PLACEHOLDER: replaced by the real dialect.
import type { Dialect } from '../types.js';

export const shopify: Dialect = {
  name: 'shopify',
  detect: () => false,
  map: () => ({}),
};
